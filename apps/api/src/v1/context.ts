// What every v1 handler needs: the database, the codebook (read once at start) and the province
// list (read once from the database, on first use), plus an injectable clock.

import type { ReadDb } from '../db.ts';
import type { Codebook } from './codebook.ts';

export interface ProvinceInfo {
  code: string;
  name: string;
  region: string;
  /** Code of the 2025 unit it belongs to. */
  unit2025: string;
}

export interface Reference {
  provinces: Map<string, ProvinceInfo>;
  regions: string[];
}

export interface V1Context {
  db: ReadDb;
  codebook: Codebook;
  /** The province list; loaded once, retried after a failure. */
  reference(): Promise<Reference>;
  now(): Date;
  log(msg: string): void;
}

/** Loads provinces and regions once per process (and again only if loading failed). */
export function referenceLoader(db: ReadDb): () => Promise<Reference> {
  let cached: Promise<Reference> | null = null;
  return () => {
    cached ??= (async () => {
      const rows = await db.query('SELECT code, name, region, merged_2025_into FROM provinces ORDER BY code');
      const provinces = new Map<string, ProvinceInfo>();
      for (const r of rows) {
        provinces.set(String(r.code), { code: String(r.code), name: String(r.name), region: String(r.region), unit2025: String(r.merged_2025_into) });
      }
      const regions = [...new Set([...provinces.values()].map((p) => p.region))].sort();
      return { provinces, regions };
    })().catch((e: unknown) => {
      cached = null;
      throw e;
    });
    return cached;
  };
}

/** Hono environment of the v1 sub-apps: the data version is computed once per request. */
export type V1Env = { Variables: { dataVersion: string } };
