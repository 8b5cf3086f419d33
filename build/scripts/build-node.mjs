// Bundles the Node-side entry points (Electron main, preload, command line, browser harness, the service thread)
// with esbuild. Dependencies stay external (they ship in node_modules); the preload is fully bundled because a
// sandboxed preload may require nothing but 'electron'.
import { build } from 'esbuild';
import { NODE_BUNDLE, WORKER_ENTRY_POINTS } from './nodeBundle.mjs';
import { usage } from './usage.mjs';

usage('Usage: node build/scripts/build-node.mjs\n\nBundles the Node-side entry points (main, preload, cli, serve, the service thread) into dist/. Part of `npm run build`.');

const { packages: _external, ...preloadBundle } = NODE_BUNDLE;

await Promise.all([
  build({ ...NODE_BUNDLE, entryPoints: { main: 'main/index.ts', cli: 'main/cli/index.ts', serve: 'main/serve/index.ts', ...WORKER_ENTRY_POINTS } }),
  build({ ...preloadBundle, entryPoints: { preload: 'preload/index.ts' }, external: ['electron'] }),
]);
