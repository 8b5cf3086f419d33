/**
 * Vitest's global setup: the tests run the sources, but the service thread (the import's, the summary's) starts from its
 * bundled file, so it is built from the same sources first, as `npm run build` builds it for the app.
 */
import { build } from 'esbuild';
// @ts-expect-error -- a plain ES module of the build scripts, without types
import { NODE_BUNDLE, WORKER_ENTRY_POINTS } from '../../build/scripts/nodeBundle.mjs';

export default async function buildWorkers(): Promise<void> {
  await build({ ...NODE_BUNDLE, entryPoints: WORKER_ENTRY_POINTS });
}
