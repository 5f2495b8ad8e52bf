// Test helpers for SQL: a fresh DuckDB file with sql/ applied, and a small synthetic corpus whose
// every figure is known by hand (used before, and beside, the five real plans).

import { join } from 'node:path';
import { DuckDBInstance, listValue, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { applySchema, refreshAggregates } from '../../sql/index.ts';
import { fold } from '../../ingest/src/text/fold.ts';
import { tempDir } from './corpus.ts';

export interface TestDatabase {
  conn: DuckDBConnection;
  dbPath: string;
  /** Rows of a query as JSON-safe objects. */
  rows(sql: string, params?: Record<string, DuckDBValue>): Promise<Record<string, unknown>[]>;
}

/** Runs `fn` on a fresh database file with the schema and views applied; removes it afterwards. */
export async function withDatabase<T>(fn: (db: TestDatabase) => Promise<T>): Promise<T> {
  const { dir, cleanup } = tempDir('cchc-sql-');
  const dbPath = join(dir, 'test.duckdb');
  const instance = await DuckDBInstance.create(dbPath);
  const conn = await instance.connect();
  try {
    await applySchema(conn);
    const rows = async (sql: string, params?: Record<string, DuckDBValue>) =>
      (await conn.runAndReadAll(sql, params)).getRowObjectsJson() as Record<string, unknown>[];
    return await fn({ conn, dbPath, rows });
  } finally {
    conn.closeSync();
    instance.closeSync();
    cleanup();
  }
}

/** Opens a database file, applies sql/, seeds the synthetic corpus, closes it: returns its path. */
export async function buildSyntheticDb(): Promise<{ dbPath: string; cleanup: () => void }> {
  const { dir, cleanup } = tempDir('cchc-syn-');
  const dbPath = join(dir, 'synthetic.duckdb');
  const instance = await DuckDBInstance.create(dbPath);
  const conn = await instance.connect();
  try {
    await applySchema(conn);
    await seedSynthetic(conn);
    await refreshAggregates(conn);
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
  return { dbPath, cleanup };
}

type Block = 'heading' | 'paragraph' | 'bullet' | 'table_row' | 'recipients' | 'preamble' | 'signature';
type Mark = { seq: number; match: string };

interface SynDoc {
  id: string;
  province: string;
  years: [number, number];
  level: string;
  passages: Array<[Block, string]>;
  codes?: Array<Mark & { dimension: string; category: string; via?: string }>;
  roles?: Array<Mark & { agency: string; role: string }>;
}

/** The five provinces of the synthetic corpus: Yên Bái → Lào Cai and Tiền Giang → Đồng Tháp in 2025. */
export const SYN_PROVINCES = [
  ['10', 'Lào Cai', 'trung_du_mien_nui_phia_bac', '10'],
  ['14', 'Sơn La', 'trung_du_mien_nui_phia_bac', '14'],
  ['15', 'Yên Bái', 'trung_du_mien_nui_phia_bac', '10'],
  ['82', 'Tiền Giang', 'dong_bang_song_cuu_long', '87'],
  ['87', 'Đồng Tháp', 'dong_bang_song_cuu_long', '87'],
] as const;

/**
 * Six plans. Lào Cai has plans for 2022 (A) and 2024 (C); Yên Bái for 2023 (B); Tiền Giang (D,
 * province level) and Đồng Tháp (E, department level) for 2024; Sơn La one for 2022-2023 (F).
 */
export const SYN_DOCS: SynDoc[] = [
  {
    id: 'aaaa000000000001', province: '10', years: [2022, 2022], level: 'province',
    passages: [
      ['preamble', 'Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ;'],
      ['heading', 'I. MỤC ĐÍCH, YÊU CẦU'],
      ['paragraph', 'Tuyên truyền cải cách thủ tục hành chính trên Đài Phát thanh và Truyền hình tỉnh.'],
      ['bullet', '- Sở Nội vụ chủ trì, phối hợp với Đài Phát thanh và Truyền hình tỉnh xây dựng chuyên mục.'],
      ['recipients', '- Sở Nội vụ;'],
    ],
    codes: [
      { seq: 2, dimension: 'topic', category: 'tthc', match: 'thủ tục hành chính' },
      { seq: 2, dimension: 'channel', category: 'truyen_hinh_phat_thanh', match: 'Đài Phát thanh và Truyền hình' },
      { seq: 3, dimension: 'channel', category: 'truyen_hinh_phat_thanh', match: 'Đài Phát thanh và Truyền hình' },
    ],
    roles: [
      { seq: 3, agency: 'so_noi_vu', role: 'chu_tri', match: 'Sở Nội vụ chủ trì' },
      { seq: 3, agency: 'dai_ptth', role: 'phoi_hop', match: 'phối hợp với Đài Phát thanh và Truyền hình tỉnh' },
      // on the recipients list: not a codable passage, must not count
      { seq: 4, agency: 'so_noi_vu', role: 'nhan_bao_cao', match: 'Sở Nội vụ' },
    ],
  },
  {
    id: 'bbbb000000000002', province: '15', years: [2023, 2023], level: 'province',
    passages: [
      ['heading', 'I. NỘI DUNG'],
      ['paragraph', 'Tuyên truyền về dịch vụ công trực tuyến và chuyển đổi số.'],
      ['paragraph', 'Đăng tải trên Cổng thông tin điện tử tỉnh các thủ tục hành chính.'],
      ['signature', 'CHỦ TỊCH'],
    ],
    codes: [
      { seq: 1, dimension: 'topic', category: 'dvc_truc_tuyen', match: 'dịch vụ công trực tuyến' },
      { seq: 1, dimension: 'topic', category: 'chinh_phu_so', via: 'dvc_truc_tuyen', match: 'dịch vụ công trực tuyến' },
      { seq: 2, dimension: 'topic', category: 'tthc', match: 'thủ tục hành chính' },
      { seq: 2, dimension: 'channel', category: 'cong_thong_tin', match: 'Cổng thông tin điện tử' },
    ],
  },
  {
    id: 'cccc000000000003', province: '10', years: [2024, 2024], level: 'province',
    passages: [
      ['heading', 'I. NỘI DUNG'],
      ['paragraph', 'Tuyên truyền cơ chế một cửa, một cửa liên thông.'],
      ['paragraph', 'Phát sóng trên Đài Phát thanh và Truyền hình tỉnh; đăng trên mạng xã hội Zalo.'],
      ['bullet', '- Công an tỉnh chủ trì tuyên truyền Đề án 06.'],
      ['paragraph', '=SUM(A1) "quoted", kết quả'],
      ['paragraph', 'Đài Phát thanh và Truyền hình tỉnh đăng ít nhất 02 tin, bài/tháng; báo cáo trước ngày 31/01/2024.'],
      ['paragraph', 'Phấn đấu Chỉ số PAR INDEX tăng 5 bậc.'],
      ['table_row', '1 | Tọa đàm | Cải cách TTHC | Quý II/2024 | Sở Nội vụ | Sở Tư pháp'],
    ],
    codes: [
      { seq: 1, dimension: 'topic', category: 'mot_cua', match: 'một cửa, một cửa liên thông' },
      { seq: 1, dimension: 'topic', category: 'tthc', via: 'mot_cua', match: 'một cửa, một cửa liên thông' },
      { seq: 2, dimension: 'channel', category: 'truyen_hinh_phat_thanh', match: 'Đài Phát thanh và Truyền hình' },
      { seq: 2, dimension: 'channel', category: 'mang_xa_hoi', match: 'mạng xã hội' },
      { seq: 3, dimension: 'topic', category: 'de_an_06', match: 'Đề án 06' },
      { seq: 3, dimension: 'topic', category: 'chinh_phu_so', via: 'de_an_06', match: 'Đề án 06' },
      { seq: 4, dimension: 'topic', category: 'ket_qua_han_che', match: 'kết quả' },
      { seq: 5, dimension: 'channel', category: 'truyen_hinh_phat_thanh', match: 'Đài Phát thanh và Truyền hình' },
    ],
    roles: [
      { seq: 3, agency: 'cong_an_tinh', role: 'chu_tri', match: 'Công an tỉnh chủ trì' },
      { seq: 5, agency: 'dai_ptth', role: 'thuc_hien', match: 'Đài Phát thanh và Truyền hình tỉnh' },
    ],
  },
  {
    id: 'dddd000000000004', province: '82', years: [2024, 2024], level: 'province',
    passages: [
      ['paragraph', 'Tuyên truyền thủ tục hành chính trên Báo Ấp Bắc.'],
      ['paragraph', 'Tổ chức hội nghị tập huấn.'],
    ],
    codes: [
      { seq: 0, dimension: 'topic', category: 'tthc', match: 'thủ tục hành chính' },
      { seq: 0, dimension: 'channel', category: 'bao_chi', match: 'Báo Ấp Bắc' },
      { seq: 1, dimension: 'channel', category: 'tap_huan_hoi_nghi', match: 'hội nghị tập huấn' },
    ],
    roles: [{ seq: 0, agency: 'bao_tinh', role: 'thuc_hien', match: 'Báo Ấp Bắc' }],
  },
  {
    id: 'eeee000000000005', province: '87', years: [2024, 2024], level: 'department',
    passages: [
      ['paragraph', 'Tuyên truyền trên Cổng thông tin điện tử của Sở.'],
      ['paragraph', 'Tổ chức cuộc thi tìm hiểu.'],
    ],
    codes: [
      { seq: 0, dimension: 'channel', category: 'cong_thong_tin', match: 'Cổng thông tin điện tử' },
      { seq: 1, dimension: 'channel', category: 'cuoc_thi', match: 'cuộc thi' },
    ],
  },
  {
    id: 'ffff000000000006', province: '14', years: [2022, 2023], level: 'province',
    passages: [['paragraph', 'Tuyên truyền thủ tục hành chính.']],
    codes: [{ seq: 0, dimension: 'topic', category: 'tthc', match: 'thủ tục hành chính' }],
  },
];

async function insert(conn: DuckDBConnection, table: string, row: Record<string, DuckDBValue>): Promise<void> {
  const cols = Object.keys(row);
  await conn.run(`INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map((c) => `$${c}`).join(', ')})`, row);
}

/** Loads the synthetic provinces and plans (passages, codes, roles and one of every fact). */
export async function seedSynthetic(conn: DuckDBConnection): Promise<void> {
  for (const [code, name, region, merged] of SYN_PROVINCES) {
    await insert(conn, 'provinces', { code, name, kind: 'tinh', region, aliases: listValue(['']), merged_2025_into: merged, name_folded: fold(name) });
  }
  for (const d of SYN_DOCS) {
    const starts: number[] = [];
    let text = '';
    for (const [, t] of d.passages) {
      starts.push(text.length);
      text += t + '\n';
    }
    await insert(conn, 'documents', {
      id: d.id, source_name: `${d.id}.txt`, source_format: 'txt', source_encoding: 'utf-8', source_bytes: text.length,
      text, title: `Kế hoạch ${d.id}`, province_code: d.province, year_from: d.years[0], year_to: d.years[1],
      doc_number: `${d.id.slice(0, 2)}/KH-UBND`, issuer_level: d.level, recipients: listValue(['Sở Nội vụ']),
      passage_count: d.passages.length, model_version: 'syn1', ingested_at: '2026-01-01 00:00:00',
    });
    for (const [seq, [block, t]] of d.passages.entries()) {
      await insert(conn, 'passages', {
        passage_id: `${d.id}:${seq}`, document_id: d.id, seq, section_path: block === 'heading' ? 'I' : 'I.1', kind: 'content', block,
        heading: 'NỘI DUNG', text: t, text_folded: fold(t), start_offset: starts[seq]!, end_offset: starts[seq]! + t.length,
      });
    }
    await insert(conn, 'sections', { document_id: d.id, path: 'I', parent_path: '', level: 1, label: 'I', heading: 'NỘI DUNG', kind: 'content', start_offset: 0, end_offset: text.length });
    await insert(conn, 'sections', { document_id: d.id, path: 'I.1', parent_path: 'I', level: 2, label: '1', heading: 'Nội dung tuyên truyền', kind: 'content', start_offset: 0, end_offset: text.length });
    const span = (m: Mark) => {
      const at = d.passages[m.seq]![1].indexOf(m.match);
      if (at < 0) throw new Error(`${d.id}:${m.seq} has no "${m.match}"`);
      return { passage_id: `${d.id}:${m.seq}`, span_start: starts[m.seq]! + at, span_end: starts[m.seq]! + at + m.match.length };
    };
    for (const c of d.codes ?? []) {
      await insert(conn, 'codes', { document_id: d.id, ...span(c), dimension: c.dimension, category_id: c.category, via: c.via ?? null, rule_id: `syn.${c.category}` });
    }
    for (const r of d.roles ?? []) {
      await insert(conn, 'agency_roles', { document_id: d.id, ...span(r), agency_id: r.agency, role: r.role, rule_id: `syn.${r.role}` });
    }
  }
  const a = SYN_DOCS[0]!;
  await insert(conn, 'legal_refs', { document_id: a.id, passage_id: `${a.id}:0`, doc_type: 'Nghị quyết', number: '76/NQ-CP', ref_date: '2021-07-15', issuer_level: 'central', span_start: 7, span_end: 35 });
  const c = 'cccc000000000003';
  const cText = SYN_DOCS[2]!.passages.map(([, t]) => t);
  const cStart = (seq: number) => cText.slice(0, seq).reduce((n, t) => n + t.length + 1, 0);
  const at = (seq: number, s: string) => {
    const i = cText[seq]!.indexOf(s);
    return { passage_id: `${c}:${seq}`, span_start: cStart(seq) + i, span_end: cStart(seq) + i + s.length };
  };
  await insert(conn, 'indices', { document_id: c, ...at(6, 'Chỉ số PAR INDEX'), index_id: 'par_index', target: 'tăng 5 bậc' });
  await insert(conn, 'deadlines', { document_id: c, ...at(5, 'trước ngày 31/01/2024'), text: 'trước ngày 31/01/2024', normalized: '2024-01-31' });
  await insert(conn, 'targets', { document_id: c, ...at(5, 'ít nhất 02 tin, bài/tháng'), text: 'ít nhất 02 tin, bài/tháng', count: 2, unit: 'tin, bài', period: 'tháng' });
  await insert(conn, 'annex_rows', {
    document_id: c, passage_id: `${c}:7`, row_no: '1', form: 'Tọa đàm', content: 'Cải cách TTHC', time_text: 'Quý II/2024',
    lead_text: 'Sở Nội vụ', coordinate_text: 'Sở Tư pháp', lead: listValue(['so_noi_vu']), coordinate: listValue(['so_tu_phap']),
  });
}
