// Bundles the benchmark (build/bench/run.ts) into dist/bench.js with esbuild, like the app's Node-side entry points:
// dependencies stay external (they are in node_modules). `npm run bench` builds it and runs it.
import { build } from 'esbuild';

await build({
  entryPoints: { bench: 'build/bench/run.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  packages: 'external',
  logLevel: 'warning',
});
