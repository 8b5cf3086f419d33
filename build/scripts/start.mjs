// `npm start`: launches the built app in Electron. Electron's binary is fetched on first start
// (npm install skips it so that installing works offline); where it cannot be had, say so in one line.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { usage } from './usage.mjs';

usage('Użycie: npm start [-- --db ścieżka/do/bazy.sqlite]\n\nUruchamia zbudowaną aplikację w programie Electron (pobiera go przy pierwszym uruchomieniu).\nGdzie Electron nie działa, użyj: npm run serve', { passThrough: true });

const require = createRequire(import.meta.url);

function electronBinary() {
  try {
    return require('electron'); // the package's main export is the binary's path; it throws when absent
  } catch {
    return null;
  }
}

let binary = electronBinary();
// KOOPERATOR_NO_DOWNLOAD=1 skips the download attempt (tests, machines known to be offline).
if (!binary && !process.env.KOOPERATOR_NO_DOWNLOAD) {
  console.log('Pobieranie programu Electron (tylko przy pierwszym uruchomieniu)…');
  const download = spawnSync(process.execPath, [require.resolve('electron/install.js')], { stdio: 'ignore', env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '' } });
  binary = download.status === 0 ? electronBinary() : null;
}
if (!binary) {
  console.error('Nie można uruchomić Electron: brak jego pliku wykonywalnego i nie udało się go pobrać (brak internetu?). Aplikację w przeglądarce uruchomisz poleceniem: npm run serve');
  process.exit(1);
}
const child = spawn(binary, ['.', ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
