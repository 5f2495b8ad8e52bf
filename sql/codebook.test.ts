// The codebook ids in SQL (views/codebook_categories.sql) must be the ones the API validates
// against: data/codebook/*.json when present, CODEBOOK.md's otherwise.

import { describe, expect, it } from 'vitest';
import { idsOf, loadCodebook } from '../apps/api/src/v1/codebook.ts';
import { withDatabase } from '../test/helpers/with-database.ts';

describe('codebook_categories', () => {
  it('lists exactly the codebook ids of every dimension', async () => {
    const cb = loadCodebook();
    await withDatabase(async (db) => {
      const ids = async (dimension: string) =>
        (await db.rows('SELECT category_id FROM codebook_categories WHERE dimension = $d ORDER BY category_id', { d: dimension })).map((r) => r.category_id);
      const sorted = (xs: string[]) => [...xs].sort();
      expect(await ids('topic')).toEqual(sorted(idsOf(cb, 'topics')));
      expect(await ids('channel')).toEqual(sorted(idsOf(cb, 'channels')));
      expect(await ids('audience')).toEqual(sorted(idsOf(cb, 'audiences')));
      expect(await ids('agency')).toEqual(sorted(idsOf(cb, 'agencies')));
      const roles = idsOf(cb, 'roles');
      expect(await ids('agency_role')).toEqual(sorted(idsOf(cb, 'agencies').flatMap((a) => roles.map((r) => `${a}:${r}`))));
    });
  });

  it('gives each topic theme its area and each channel its family', async () => {
    const cb = loadCodebook();
    await withDatabase(async (db) => {
      const parents = new Map((await db.rows("SELECT category_id, parent FROM codebook_categories WHERE dimension IN ('topic', 'channel')")).map((r) => [r.category_id, r.parent]));
      for (const e of [...cb.parts.topics, ...cb.parts.channels]) expect(parents.get(e.id) ?? null, e.id).toBe(e.parent);
    });
  });
});
