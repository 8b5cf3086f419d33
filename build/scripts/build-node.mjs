// Bundles the Node-side entry points (Electron main, preload, command line, browser harness) with esbuild.
// Dependencies stay external (they ship in node_modules); the preload is fully bundled because a
// sandboxed preload may require nothing but 'electron'.
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, logLevel: 'warning' };

await Promise.all([
  build({ ...common, entryPoints: { main: 'main/index.ts', cli: 'main/cli/index.ts', serve: 'main/serve/index.ts' }, outdir: 'dist', packages: 'external' }),
  build({ ...common, entryPoints: { preload: 'preload/index.ts' }, outdir: 'dist', external: ['electron'] }),
]);
