// How every Node-side bundle is built with esbuild (build-node.mjs, the benchmark, the tests' setup): CommonJS for
// Node 20 into dist/, dependencies left external (they ship in node_modules).
export const NODE_BUNDLE = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, logLevel: 'warning', outdir: 'dist', packages: 'external' };

// The service thread the bundles start by file name from their own folder (main/services/threads/runInThread.ts).
export const WORKER_ENTRY_POINTS = { serviceThread: 'main/services/threads/serviceThread.ts' };
