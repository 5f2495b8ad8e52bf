// Vite config for the dashboard; in dev, /api is proxied to a locally running API server.

import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [sveltekit()],
  server: {
    proxy: { '/api': process.env.CCHC_API_URL ?? 'http://127.0.0.1:8787' },
  },
});
