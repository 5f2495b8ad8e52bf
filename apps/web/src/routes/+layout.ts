// The dashboard is a client-only SPA: the API serves build/index.html for every page path.

export const ssr = false;
export const prerender = false;
