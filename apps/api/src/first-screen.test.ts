import { describe, expect, it } from 'vitest';
import { BELOW_THE_FOLD, createWarmer, EARLY_GLOBAL, FIRST_SCREEN, withEarlyFetches } from './first-screen.ts';

describe('first screen', () => {
  it('puts the early requests first in <head>, for the unfiltered overview only', () => {
    const shell = withEarlyFetches('<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>');
    expect(shell.indexOf('<script>')).toBe(shell.indexOf('<head>') + 6);
    for (const u of FIRST_SCREEN) expect(shell).toContain(JSON.stringify(u).slice(1, -1));
    for (const u of BELOW_THE_FOLD) expect(shell).not.toContain(u);
    expect(shell).toContain(`window.${EARLY_GLOBAL}={}`);
    expect(shell).toContain(`location.pathname!=='/'||location.search`);
    expect(withEarlyFetches('<p>no head</p>')).toBe('<p>no head</p>');
  });

  it('warms every overview answer in order, and starts over when kicked during a run', async () => {
    const asked: string[] = [];
    let release: () => void = () => {};
    let gate: Promise<void> | null = new Promise<void>((r) => (release = r));
    const warmer = createWarmer(async (path) => {
      asked.push(path);
      if (gate) await gate;
      return new Response('{}', { headers: { 'content-type': 'application/json' } });
    });
    warmer.kick();
    warmer.kick(); // a write while the first request runs
    gate = null;
    release();
    await warmer.idle();
    const all = [...FIRST_SCREEN, ...BELOW_THE_FOLD];
    // the first run stopped after its first request; the second went through the list
    expect(asked).toEqual([all[0], ...all]);
  });

  it('asks nothing more once stopped, and logs a failing answer without stopping', async () => {
    const asked: string[] = [];
    const logged: string[] = [];
    const warmer = createWarmer(async (path) => {
      asked.push(path);
      if (path === FIRST_SCREEN[0]) throw new Error('boom');
      return new Response('no', { status: 500 });
    }, (m) => logged.push(m));
    warmer.kick();
    await warmer.idle();
    expect(asked).toHaveLength(FIRST_SCREEN.length + BELOW_THE_FOLD.length);
    expect(logged[0]).toBe(`[warm] ${FIRST_SCREEN[0]}: boom`);
    expect(logged[1]).toBe(`[warm] ${FIRST_SCREEN[1]}: 500`);
    await warmer.stop();
    warmer.kick();
    await warmer.idle();
    expect(asked).toHaveLength(FIRST_SCREEN.length + BELOW_THE_FOLD.length);
  });
});
