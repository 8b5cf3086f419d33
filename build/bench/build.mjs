// Bundles the benchmark (build/bench/run.ts) into dist/bench.js with esbuild, like the app's Node-side entry points,
// together with the service thread it starts (dist/serviceThread.js). `npm run bench` builds it and runs it.
import { build } from 'esbuild';
import { NODE_BUNDLE, WORKER_ENTRY_POINTS } from '../scripts/nodeBundle.mjs';
import { usage } from '../scripts/usage.mjs';

usage('Usage: node build/bench/build.mjs\n\nBundles the benchmark into dist/bench.js (`npm run bench` builds it and runs it; `node dist/bench.js --help`).');

await build({ ...NODE_BUNDLE, entryPoints: { bench: 'build/bench/run.ts', ...WORKER_ENTRY_POINTS } });
