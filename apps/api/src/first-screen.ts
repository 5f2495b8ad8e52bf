// The overview's first screen, ready before the dashboard's code runs. The server knows which API
// answers the overview at `/` asks for first (FIRST_SCREEN; the browser test checks the page asks
// for exactly these). It computes them into the response cache when it starts and after every
// write (`warm`), and the shell it serves at `/` starts fetching them before its JavaScript loads
// (`withEarlyFetches`): the page's client takes these answers instead of asking again.

/** The overview's own requests with no filter set, in the order the page needs them. */
export const FIRST_SCREEN = [
  '/api/v1/plans/per-year?limit=10000&units=2024',
  '/api/v1/plans/summary?units=2024',
  '/api/v1/plans?limit=1&sort=latest&units=2024',
  '/api/v1/codebook',
  '/api/v1/status',
  '/api/v1/units?limit=10000&units=2024',
] as const;

/** Asked for once the first screen is in: warmed, but not fetched early. */
export const BELOW_THE_FOLD = [
  '/api/v1/coverage/totals?dimension=channel&limit=10000&measure=count&units=2024',
  '/api/v1/coverage/period?dimension=topic&limit=10000&measure=count&units=2024',
  '/api/v1/plans?limit=50&offset=0&sort=province&units=2024',
] as const;

/** The global the shell's script fills: URL → the fetch already under way (read by the web client). */
export const EARLY_GLOBAL = '__cchcEarly';

/**
 * The dashboard shell with a script, first in <head>, that starts the first screen's requests when
 * the page is the overview with no filter (any other page or query gets nothing started).
 */
export function withEarlyFetches(shell: string): string {
  const script = `<script>(function(){var e=window.${EARLY_GLOBAL}={};if(location.pathname!=='/'||location.search)return;`
    + `${JSON.stringify(FIRST_SCREEN)}.forEach(function(u){e[u]=fetch(u,{headers:{accept:'application/json'}});});})();</script>`;
  const at = shell.indexOf('<head>');
  if (at < 0) return shell;
  return shell.slice(0, at + 6) + script + shell.slice(at + 6);
}

/**
 * Computes the first screen's answers (then the rest of the overview's) into the response cache, one
 * request at a time so analysts' requests are not held up. `request` is the app's own fetch.
 */
export async function warm(request: (path: string) => Promise<Response>, log?: (msg: string) => void, stop: () => boolean = () => false): Promise<void> {
  for (const path of [...FIRST_SCREEN, ...BELOW_THE_FOLD]) {
    if (stop()) return;
    try {
      const res = await request(path);
      await res.arrayBuffer();
      if (!res.ok) log?.(`[warm] ${path}: ${res.status}`);
    } catch (e) {
      log?.(`[warm] ${path}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
}

export interface Warmer {
  /** Warms the cache now, or again once the warming under way ends (after a write). */
  kick(): void;
  /** Stops warming; resolves once no warming request runs (before the database closes). */
  stop(): Promise<void>;
  /** Resolves once no warming runs. */
  idle(): Promise<void>;
}

/** Runs `warm` when kicked, never twice at once; a kick during a run (a write) starts it over. */
export function createWarmer(request: (path: string) => Promise<Response>, log?: (msg: string) => void): Warmer {
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;
  const run = async () => {
    do {
      again = false;
      await warm(request, log, () => stopped || again);
    } while (again && !stopped);
  };
  return {
    kick() {
      if (stopped) return;
      if (running) {
        again = true;
        return;
      }
      running = run().finally(() => {
        running = null;
      });
    },
    async stop() {
      stopped = true;
      await running;
    },
    async idle() {
      while (running) await running;
    },
  };
}
