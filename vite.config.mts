import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './preload/contract/csp';

/** Writes the one Content-Security-Policy into index.html. */
const contentSecurityPolicy: Plugin = {
  name: 'kooperator-csp',
  transformIndexHtml: (html) => html.replace('%KOOPERATOR_CSP%', CONTENT_SECURITY_POLICY),
};

// The renderer: built once, loaded from a file by Electron and over loopback HTTP by the test harness.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), contentSecurityPolicy],
  build: { outDir: '../dist/renderer', emptyOutDir: true, chunkSizeWarningLimit: 3000 },
});
