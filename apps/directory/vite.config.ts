import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The directory is served by the API at /; in dev, Vite proxies /api to the API.
const api = { '/api': { target: 'http://localhost:3000', changeOrigin: false } };

export default defineConfig({
  base: '/',
  plugins: [react()],
  // instantsearch.js's default history router (and so `qs`) is replaced by src/search/url-router.ts.
  resolve: { alias: { qs: fileURLToPath(new URL('./src/search/qs-unused.ts', import.meta.url)) } },
  server: { port: 5174, strictPort: true, proxy: api },
  preview: { port: 4174, strictPort: true, proxy: api },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
});
