#!/usr/bin/env node
// The command line runs the bundled build (made by `npm install` through the prepare script).
require('../dist/cli.js');
