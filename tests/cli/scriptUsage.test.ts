/**
 * Every script in build/ (and the bundled benchmark) answers --help with its usage and exit code 0, and a
 * mistaken argument with one line and the usage, exit code 2: never a stack trace.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const SCRIPTS = [
  'build/scripts/build-node.mjs',
  'build/scripts/electronegativity.mjs',
  'build/scripts/start.mjs',
  'build/scripts/test-postgres.mjs',
  'build/bench/build.mjs',
  'dist/bench.js',
];

const run = (script: string, args: string[]) =>
  spawnSync(process.execPath, [path.join(root, script), ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, KOOPERATOR_NO_DOWNLOAD: '1' }, timeout: 30_000 });

describe.each(SCRIPTS)('%s', (script) => {
  it('prints its usage for --help and -h', () => {
    for (const flag of ['--help', '-h']) {
      const result = run(script, [flag]);
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/^(Usage|Użycie): /);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
  });
});

describe.each(SCRIPTS.filter((script) => script !== 'build/scripts/start.mjs'))('%s', (script) => {
  it('refuses an unknown option with the usage, without a stack trace', () => {
    const result = run(script, ['--no-such-option']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/(Unknown argument|unknown option)[^\n]*--no-such-option/);
    expect(result.stderr).toMatch(/(Usage|Użycie): /);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

it('the benchmark says what is wrong with a value, with its usage', () => {
  const result = run('dist/bench.js', ['--scale', '5']);
  expect(result.status).toBe(2);
  expect(result.stderr).toContain('--scale must be a number above 0 and at most 2');
  expect(result.stderr).not.toMatch(/\n\s+at /);
});

it('the set-up script says what it installs for --help, and refuses a mistaken argument', () => {
  const setup = (arg: string) => spawnSync('bash', [path.join(root, 'build/scripts/setup.sh'), arg], { cwd: root, encoding: 'utf8' });
  const help = setup('--help');
  expect(help.status).toBe(0);
  expect(help.stdout).toMatch(/^Użycie: npm run setup\n/);
  expect(help.stdout).toContain('Chromium');
  const wrong = setup('--no-such-option');
  expect(wrong.status).toBe(2);
  expect(wrong.stderr).toContain('Unknown argument: --no-such-option');
});
