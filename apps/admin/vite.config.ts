import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The console is served by the API at /admin/; in dev, Vite proxies /api to the API.
const api = { '/api': { target: 'http://localhost:3000', changeOrigin: false } };

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
            { name: 'vendor', test: /node_modules[\\/]/, priority: 1 },
          ],
        },
      },
    },
  },
});
