#!/usr/bin/env bash
# `npm run setup`: everything a fresh Debian/Ubuntu machine lacks to run the app and pass `npm test` – the browser
# (Debian's Chromium, with its Polish locale), fonts with Polish glyphs, pdftotext, the sqlite3 shell and
# PostgreSQL's server programs (for the test pass on PostgreSQL) – then the Node dependencies (`npm ci`).
# `.ci/run` calls it too. Elsewhere (Windows, macOS) it says what to install by hand.
set -euo pipefail
cd "$(dirname "$0")/../.."

if [ "${1:-}" = "--help" ] || [ "${1:-}" = "-h" ]; then
  cat <<'USAGE'
Użycie: npm run setup

Instaluje to, czego brakuje na świeżym komputerze z Debianem lub Ubuntu (Chromium z polskim językiem, czcionki,
pdftotext, powłokę sqlite3, serwer PostgreSQL do testów – przez apt-get, z sudo gdy trzeba), a potem zależności
Node (npm ci). Potem: npm start (aplikacja) i npm test (testy).
USAGE
  exit 0
fi
if [ $# -gt 0 ]; then
  echo "Unknown argument: $1 (npm run setup -- --help)" >&2
  exit 2
fi

export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1          # Debian's chromium, not Playwright's download
# node-gyp builds sqlite3 against the local Node headers where they are installed (no download needed).
[ -f /usr/include/node/node.h ] && export npm_config_nodedir="${npm_config_nodedir:-/usr}"

need=()
command -v chromium >/dev/null || need+=(chromium)
# Chromium's Polish locale: the browser's own words (its file and print dialogs) in Polish, as the app launches it.
[ -f /usr/lib/chromium/locales/pl.pak ] || need+=(chromium-l10n)
command -v pdftotext >/dev/null || need+=(poppler-utils)
command -v sqlite3 >/dev/null || need+=(sqlite3)
[ -d /usr/share/fonts/truetype/dejavu ] || need+=(fonts-dejavu-core)
[ -d /usr/share/fonts/truetype/liberation ] || need+=(fonts-liberation)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
if [ ${#need[@]} -gt 0 ]; then
  if ! command -v apt-get >/dev/null; then
    echo "Zainstaluj ręcznie: ${need[*]} (ten skrypt umie to zrobić tylko przez apt-get)." >&2
    exit 1
  fi
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  echo "Instalowanie pakietów systemu: ${need[*]}"
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# Node dependencies (sqlite3 builds from source: about 90 s); Electron's binary is fetched by the first `npm start`.
ELECTRON_SKIP_BINARY_DOWNLOAD=1 npm ci --no-audit --no-fund
