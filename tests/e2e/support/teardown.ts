import fs from 'node:fs';

/** Removes the run's database folder once the harness has stopped. */
export default function teardown() {
  const dir = process.env.KOOPERATOR_E2E_DIR;
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
}
