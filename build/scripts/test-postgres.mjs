// The database suite again, on PostgreSQL: the same migrations and services, each test in its own schema.
// Runs when KOOPERATOR_TEST_DATABASE_URL names a server (.ci/run starts one); says so and passes when not.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { usage } from './usage.mjs';

usage('Użycie: KOOPERATOR_TEST_DATABASE_URL=postgres://użytkownik:hasło@host:5432/baza npm run test:postgres\n\nUruchamia testy bazy danych (tests/db) na serwerze PostgreSQL, każdy test we własnym schemacie.\nBez zmiennej KOOPERATOR_TEST_DATABASE_URL testy są pomijane z informacją.');

const url = process.env.KOOPERATOR_TEST_DATABASE_URL;
if (!url) {
  console.log('Testy na PostgreSQL pominięte: ustaw KOOPERATOR_TEST_DATABASE_URL=postgres://… (zob. README, „Testy na PostgreSQL”).');
  process.exit(0);
}
console.log(`Testy bazy danych na PostgreSQL: ${new URL(url).host}${new URL(url).pathname}`);
const vitest = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../node_modules/vitest/vitest.mjs');
const result = spawnSync(process.execPath, [vitest, 'run', 'tests/db'], { stdio: 'inherit', env: process.env });
process.exit(result.status ?? 1);
