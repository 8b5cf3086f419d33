/**
 * Vitest's global setup: the tests run the sources, but the service thread (the import's, the summary's) starts from
 * its bundled file, and the benchmark's test runs the benchmark's bundle; both are built from the same sources first,
 * once, before any test runs (as `npm run build` and `npm run bench` build them).
 */
import { build } from 'esbuild';
// @ts-expect-error -- a plain ES module of the build scripts, without types
import { NODE_BUNDLE, WORKER_ENTRY_POINTS } from '../../build/scripts/nodeBundle.mjs';

export default async function buildBundles(): Promise<void> {
  await build({ ...NODE_BUNDLE, entryPoints: { ...WORKER_ENTRY_POINTS, bench: 'build/bench/run.ts' } });
}
