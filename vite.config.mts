import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer: built once, loaded from a file by Electron and over loopback HTTP by the test harness.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: { outDir: '../dist/renderer', emptyOutDir: true, chunkSizeWarningLimit: 3000 },
});
