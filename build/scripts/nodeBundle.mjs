// How every Node-side bundle is built with esbuild (build-node.mjs, the benchmark, the tests' setup): CommonJS for
// Node 20 into dist/, dependencies left external (they ship in node_modules).
export const NODE_BUNDLE = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, logLevel: 'warning', outdir: 'dist', packages: 'external' };

// Threads the bundles start by file name from their own folder (main/services/exchange/inWorker.ts).
export const WORKER_ENTRY_POINTS = { importWorker: 'main/services/exchange/importWorker.ts' };
