// SvelteKit config: a static single-page app, built into build/ and served by the API.

import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    // Every path the API does not know gets index.html, so the client router takes over.
    adapter: adapter({ pages: 'build', assets: 'build', fallback: 'index.html', precompress: false, strict: true }),
    // The shell is served at any depth (/plans/<id>), so asset URLs must be absolute.
    paths: { relative: false },
    // One JS file and one CSS file for the whole app, ECharts included: a first visit costs one round
    // of requests, not three (entry, then the route's nodes, then their chunks).
    output: { bundleStrategy: 'single' },
  },
};

export default config;
