// Coding against our own labels: for each of the five plans, the topics, channels, audiences and
// agency-role pairs a person reads in it (test/fixtures/coding/<plan>.json, with a quote for each),
// and a hundred sentences written to probe the matcher (sentences.json). Prints precision and
// recall and fails under the bar.

import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codebook } from '../ingest/src/coding/codebook.ts';
import { codeDocument } from '../ingest/src/coding/code-document.ts';
import type { Passage, Section, SectionKind } from '../ingest/src/model.ts';
import { parseDocument } from '../ingest/src/parse.ts';
import { cleanCharacters } from '../ingest/src/text/clean.ts';
import { PLAN_FILES, ROOT } from './helpers/corpus.ts';

const FIXTURES = join(ROOT, 'test/fixtures/coding');

interface Labels {
  file: string;
  topics: { present: Record<string, string>; absent: string[] };
  channels: { present: Record<string, string>; absent: string[] };
  audiences: { present: Record<string, string>; absent: string[] };
  agency_roles: { present: Record<string, string> };
  unsure?: string[];
}

interface Score {
  tp: number;
  fp: number;
  fn: number;
  errors: string[];
}

const score = (): Score => ({ tp: 0, fp: 0, fn: 0, errors: [] });
const precision = (s: Score) => (s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp));
const recall = (s: Score) => (s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn));
const fmt = (s: Score) => `P ${precision(s).toFixed(3)} R ${recall(s).toFixed(3)} (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;

/** Compares predicted presence with labels: ids in `present` and `absent` are scored, others not. */
function compare(s: Score, plan: string, predicted: Set<string>, present: string[], absent: string[] | null, unsure: Set<string>) {
  for (const id of present) {
    if (unsure.has(id)) continue;
    if (predicted.has(id)) s.tp++;
    else {
      s.fn++;
      s.errors.push(`${plan}: missed ${id}`);
    }
  }
  const fpCandidates = absent ?? [...predicted].filter((id) => !present.includes(id));
  for (const id of fpCandidates) {
    if (unsure.has(id) || !predicted.has(id)) continue;
    s.fp++;
    s.errors.push(`${plan}: wrongly coded ${id}`);
  }
}

const planFixtures = PLAN_FILES.map((f) => ({ file: f, fixture: join(FIXTURES, basename(f).replace(/\.\w+$/, '.json')) }));

describe('coding against labels read from the five plans', () => {
  it('has a fixture for each plan, every quote taken from the plan', () => {
    for (const { file, fixture } of planFixtures) {
      expect(existsSync(fixture), fixture).toBe(true);
      const labels = JSON.parse(readFileSync(fixture, 'utf8')) as Labels;
      const text = cleanCharacters(readFileSync(file, 'utf8')).replace(/\s+/g, ' ');
      const squash = (q: string) => cleanCharacters(q).replace(/\s+/g, ' ').trim();
      const quotes = [labels.topics, labels.channels, labels.audiences, labels.agency_roles].flatMap((d) => Object.values(d.present));
      const missing = quotes.filter((q) => !text.includes(squash(q)));
      expect(missing.length / quotes.length, `quotes not found: ${missing.slice(0, 5).join(' / ')}`).toBeLessThan(0.05);
    }
  });

  it('finds topics, channels, audiences and agency roles at the bar', async () => {
    const topics = score();
    const channels = score();
    const audiences = score();
    const roles = score();
    for (const { file, fixture } of planFixtures) {
      const labels = JSON.parse(readFileSync(fixture, 'utf8')) as Labels;
      const doc = await parseDocument(readFileSync(file), file);
      const plan = `${doc.document.province_name} ${doc.document.year_from}`;
      const unsure = new Set((labels.unsure ?? []).map((u) => u.split(':').slice(1).join(':')));
      const ids = (dims: string[]) => new Set(doc.codes.filter((c) => dims.includes(c.dimension)).map((c) => c.id));
      compare(topics, plan, ids(['topic']), Object.keys(labels.topics.present), labels.topics.absent, unsure);
      compare(channels, plan, ids(['channel', 'attribute']), Object.keys(labels.channels.present), labels.channels.absent, unsure);
      compare(audiences, plan, ids(['audience']), Object.keys(labels.audiences.present), labels.audiences.absent, unsure);
      const pairs = new Set(doc.agency_roles.map((r) => `${r.agency}:${r.role}`));
      compare(roles, plan, pairs, Object.keys(labels.agency_roles.present), null, unsure);
    }
    const report = [
      `topics       ${fmt(topics)}`,
      `channels     ${fmt(channels)}`,
      `audiences    ${fmt(audiences)}`,
      `agency roles ${fmt(roles)}`,
      ...[topics, channels, audiences, roles].flatMap((s) => s.errors.map((e) => `  ${e}`)),
    ].join('\n');
    console.log(`coding against the five plans' labels:\n${report}`);
    expect(precision(topics), report).toBeGreaterThanOrEqual(0.95);
    expect(recall(topics), report).toBeGreaterThanOrEqual(0.9);
    expect(precision(channels), report).toBeGreaterThanOrEqual(0.95);
    expect(recall(channels), report).toBeGreaterThanOrEqual(0.9);
    expect(precision(roles), report).toBeGreaterThanOrEqual(0.9);
    expect(recall(roles), report).toBeGreaterThanOrEqual(0.85);
  });
});

interface Sentence {
  text: string;
  section_kind: SectionKind;
  heading: string;
  expect: string[];
  forbid: string[];
  note?: string;
}

/** Codes one sentence as a passage of a section of the given kind under the given heading. */
function codeSentence(s: Sentence): Set<string> {
  const kind = s.section_kind;
  const passages: Passage[] = [];
  const sections: Section[] = [{ path: '1', parent: null, level: 1, label: '1', heading: s.heading, kind, start: 0, end: 0 }];
  let at = 0;
  if (s.heading) {
    passages.push({ seq: 0, sectionPath: '1', kind, block: 'heading', heading: s.heading, text: s.heading, start: 0, end: s.heading.length });
    at = s.heading.length + 1;
  }
  const text = cleanCharacters(s.text);
  // A numbered item (`2. Sở Nội vụ`, `b) …`) opens a section of its own under the heading, as the
  // structure splitter makes it; anything else is a bullet of the heading's section.
  const numbered = /^\s*(?:[IVX]+|\d+|[a-zđ])[.)]\s/.test(text);
  const path = numbered ? '1.1' : '1';
  if (numbered) sections.push({ path, parent: '1', level: 2, label: '1', heading: text, kind, start: at, end: at + text.length });
  passages.push({ seq: passages.length, sectionPath: path, kind, block: numbered ? 'heading' : 'bullet', heading: numbered ? text : s.heading, text, start: at, end: at + text.length });
  const coded = codeDocument({ passages, sections, annex_rows: [] }, codebook());
  const sentenceSeq = passages.length - 1;
  const out = new Set<string>();
  for (const c of coded.codes) {
    if (c.passageSeq === sentenceSeq) out.add(`${c.dimension === 'attribute' ? 'channel' : c.dimension}:${c.id}`);
  }
  // Roles from the heading passage count too: an assignment heading gives its agency its roles.
  for (const r of coded.agency_roles) out.add(`agency_role:${r.agency}:${r.role}`);
  return out;
}

describe('a hundred sentences written for the matcher', () => {
  const path = join(FIXTURES, 'sentences.json');
  it('codes each as expected: paraphrases, no diacritics, wrapped lines, near misses', () => {
    expect(existsSync(path)).toBe(true);
    const raw = JSON.parse(readFileSync(path, 'utf8')) as Sentence[] | { sentences: Sentence[] };
    const sentences = Array.isArray(raw) ? raw : raw.sentences;
    expect(sentences.length).toBeGreaterThanOrEqual(100);
    const failures: string[] = [];
    for (const s of sentences) {
      const got = codeSentence(s);
      const missing = s.expect.filter((e) => !got.has(e));
      const wrong = s.forbid.filter((f) => got.has(f));
      if (missing.length || wrong.length) {
        failures.push(`«${s.text.replace(/\n/g, '⏎')}» (${s.note ?? ''})${missing.length ? ` missing ${missing.join(', ')}` : ''}${wrong.length ? ` wrongly ${wrong.join(', ')}` : ''}`);
      }
    }
    console.log(`sentences: ${sentences.length - failures.length}/${sentences.length} coded as expected`);
    expect(failures, failures.join('\n')).toEqual([]);
  });
});
