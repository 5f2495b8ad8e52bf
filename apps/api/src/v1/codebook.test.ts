import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { categoryLabel, entriesOf, idsOf, loadCodebook } from './codebook.ts';

describe('codebook', () => {
  it('reads an array of entries or an object holding one, keeping parent or family', () => {
    expect(entriesOf([{ id: 'tthc', label_vi: 'Cải cách TTHC', label_en: 'Procedures', parent: null }])).toEqual([{ id: 'tthc', label_vi: 'Cải cách TTHC', label_en: 'Procedures', parent: null }]);
    expect(entriesOf({ version: 1, channels: [{ id: 'bao_chi', family: 'mass_media' }] })).toEqual([{ id: 'bao_chi', label_vi: null, label_en: null, parent: 'mass_media' }]);
    expect(entriesOf({ nothing: true })).toBeNull();
    expect(entriesOf([{ id: "x'; DROP" }])).toBeNull();
  });

  it('uses the files that exist and CODEBOOK.md ids for the others, and hashes what it read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cchc-cb-'));
    try {
      const fallback = loadCodebook(dir);
      writeFileSync(join(dir, 'roles.json'), JSON.stringify([{ id: 'chu_tri', label_vi: 'Chủ trì' }, { id: 'new_role', label_vi: 'Mới' }]));
      writeFileSync(join(dir, 'topics.json'), '{ not json');
      const cb = loadCodebook(dir);
      expect(cb.sources).toMatchObject({ roles: 'file', topics: 'fallback', channels: 'fallback' });
      expect(idsOf(cb, 'roles')).toEqual(['chu_tri', 'new_role']);
      expect(idsOf(cb, 'topics')).toHaveLength(17);
      expect(cb.hash).not.toBe(fallback.hash);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('labels agency roles as agency – role', () => {
    const cb = loadCodebook('/nonexistent');
    expect(categoryLabel(cb, 'agency_role', 'so_noi_vu:chu_tri')).toBe('Sở Nội vụ – Chủ trì');
    expect(categoryLabel(cb, 'topic', 'nope')).toBeNull();
  });
});
