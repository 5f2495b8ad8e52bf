// Ambient SvelteKit types for the dashboard (no server-side locals: it is a static SPA).

declare global {
  namespace App {}
}

export {};
