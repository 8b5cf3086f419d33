// `npm run security`: Electronegativity (Doyensec's Electron security scanner) over the Electron layer,
// preload and the built page. A HIGH finding fails unless docs/security.md justifies it by check name and
// file ("- CHECK_NAME main/…: why"). The scanner's own CLI cannot parse its options beside this project's
// newer commander, so its runner is called directly with the same options the CLI would pass.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { usage } from './usage.mjs';

usage('Usage: npm run security\n\nRuns Electronegativity over main/, preload/ and the built page (run `npm run build` first). A HIGH finding fails\nunless docs/security.md justifies it ("- CHECK_NAME file: why").');

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const ELECTRON_VERSION = require(path.join(ROOT, 'node_modules/electron/package.json')).version;

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'electronegativity-'));
const scan = path.join(work, 'scan');
fs.mkdirSync(scan);
for (const dir of ['main', 'preload']) fs.cpSync(path.join(ROOT, dir), path.join(scan, dir), { recursive: true });
// The page with its CSP; without it the scanner cannot see the policy and reports it missing.
fs.copyFileSync(path.join(ROOT, 'dist/renderer/index.html'), path.join(scan, 'index.html'));

const silence = console.log;
console.log = () => {}; // the scanner prints progress bars and banners
let result;
try {
  await require('@doyensec/electronegativity/dist/locales/i18n.js')();
  result = await require('@doyensec/electronegativity/dist/runner.js')(
    { input: scan, customScan: [], excludeFromScan: [], isRelative: true, isVerbose: false, electronVersionOverride: ELECTRON_VERSION, parserPlugins: [] },
    false,
  );
} finally {
  console.log = silence;
  fs.rmSync(work, { recursive: true, force: true });
}

const severityOf = (issue) => issue.severity.name ?? String(issue.severity.format?.() ?? issue.severity);
const findings = result.issues.map((issue) => ({ check: issue.id, severity: severityOf(issue), file: issue.file, line: issue.location?.line ?? 0 }));
const justified = fs.readFileSync(path.join(ROOT, 'docs/security.md'), 'utf8');
const high = findings.filter((f) => f.severity === 'HIGH');
const unjustified = high.filter((f) => !justified.includes(`- ${f.check} ${f.file}:`));
console.log(
  `Electronegativity (Electron ${ELECTRON_VERSION}): ${result.atomicChecks + result.globalChecks} checks, ${findings.length} findings, ` +
    `${high.length} of high severity, ${unjustified.length} without a justification in docs/security.md`,
);
for (const f of findings) console.log(`  ${f.severity.padEnd(8)} ${f.check} ${f.file}:${f.line}`);
// A file the scanner could not parse is a file it did not check.
for (const error of result.errors.filter((e) => !e.tolerable)) console.log(`  nie przeanalizowano ${error.file}: ${error.message}`);
if (unjustified.length > 0 || result.errors.some((e) => !e.tolerable)) process.exit(1);
