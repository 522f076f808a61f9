import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The console is served by the API at /admin/; in dev, Vite proxies /api to the API.
const api = { '/api': { target: 'http://localhost:3000', changeOrigin: false } };

/** A library module outside the world map's own (d3-geo, topojson-client, i18n-iso-countries and its diacritics). */
const notMapLibrary =
  /^(?!.*[\\/]node_modules[\\/](d3-geo|topojson-client|i18n-iso-countries|diacritics|world-atlas)[\\/]).*[\\/]node_modules[\\/]/;

export default defineConfig({
  base: '/admin/',
  plugins: [react()],
  server: { port: 5173, strictPort: true, proxy: api },
  preview: { port: 4173, strictPort: true, proxy: api },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // Libraries in their own long-cached chunks, each under Vite's 500 kB warning.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom)[\\/]/,
              priority: 4,
            },
            { name: 'mui', test: /node_modules[\\/](@mui|@emotion|@popperjs)[\\/]/, priority: 3 },
            {
              name: 'react-admin',
              test: /node_modules[\\/](react-admin|ra-[\w-]+)[\\/]/,
              priority: 2,
            },
            // Everything else, except the world map's libraries: a group takes its modules into
            // its chunk whoever imports them, and the vendor chunk is loaded on every page; left
            // out, they stay in the map's own lazily loaded chunk (ARCHITECTURE.md pitfall 16).
            { name: 'vendor', test: notMapLibrary, priority: 1 },
          ],
        },
      },
    },
  },
});
