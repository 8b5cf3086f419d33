// `npm start`: launches the built app in Electron. Electron's binary is fetched on first start
// (npm install skips it so that installing works offline); where it cannot be had, the browser harness starts instead.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { usage } from './usage.mjs';

usage('Użycie: npm start [-- --db ścieżka/do/bazy.sqlite]\n\nUruchamia zbudowaną aplikację w programie Electron (pobiera go przy pierwszym uruchomieniu).\nGdzie Electron nie działa, uruchamia tę samą aplikację w przeglądarce (npm run serve).', { passThrough: true });

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
/** Runs the app's process in the foreground: its exit code is ours, and closing the terminal closes it too. */
function runForeground(command, args) {
  const child = spawn(command, args, { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => process.exit(code ?? 0));
}

if (!binary) {
  // Where Electron cannot be had (no internet, a server without a display), the same app runs in a browser.
  console.error('Nie można uruchomić programu Electron (brak jego pliku i nie udało się go pobrać). Uruchamiam aplikację w przeglądarce – otwórz adres podany niżej.');
  runForeground(process.execPath, [fileURLToPath(new URL('../../dist/serve.js', import.meta.url)), ...process.argv.slice(2)]);
} else {
  runForeground(binary, ['.', ...process.argv.slice(2)]);
}
