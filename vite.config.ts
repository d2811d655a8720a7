import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { serviceWorkerPlugin } from './src/web/features/pendampingan/offline/service-worker-build';

const API_TARGET = process.env.KAWASAN_API_URL ?? 'http://127.0.0.1:3000';

// A RegExp key: a plain '/api' prefix would also catch the dev server's own /api-client/ modules.
const apiProxy = { '^/api/': { target: API_TARGET, changeOrigin: false } };

/** Web front end: sources in src/web, built into dist/web (served by `kawasan serve`). */
export default defineConfig({
  // Absolute, so `kawasan serve --dev` and `vite` work from any working directory.
  root: fileURLToPath(new URL('./src/web', import.meta.url)),
  publicDir: false,
  plugins: [
    react(),
    serviceWorkerPlugin(
      fileURLToPath(new URL('./src/web/features/pendampingan/offline/service-worker.ts', import.meta.url)),
    ),
  ],
  server: { proxy: apiProxy },
  preview: { proxy: apiProxy },
  build: {
    outDir: fileURLToPath(new URL('./dist/web', import.meta.url)),
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router|cookie)[\\/]/ },
            { name: 'mantine', test: /node_modules[\\/](@mantine|@floating-ui|clsx|react-remove-scroll)/ },
          ],
        },
      },
    },
  },
});
