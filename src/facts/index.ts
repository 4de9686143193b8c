/**
 * The facts layer: every figure of the report's tables and sentences as a `Fact` — who it is
 * about (subject), what it says (attribute), for when (period) — so that rules can compare the
 * same figure stated in different places.
 *
 * Design, in four passes, each linear in the report's size:
 *
 * 1. Tables (extract.ts). Each figure column gets an attribute from its role and group
 *    (src/normalise: target, realisasi, capaian, pagu, sisa, efisiensi; realisasi/capaian under a
 *    budget header, or in money, are the budget's), a year (the column's, else the one year the
 *    caption names, else the report's) and, for budgets, a stage: a header naming it ("Anggaran
 *    Murni", "Setelah Perubahan"), else after the revision for a table of spending (realisasi,
 *    penyerapan, sisa), else what the caption, title or the sentence before the table says
 *    ("Program Kerja Murni", "Perubahan Perjanjian Kinerja"; a plain "Perjanjian Kinerja" is the
 *    one before the revision). Columns of another scope (national figures, Renstra end targets,
 *    cumulative or quarterly figures) are left out. Each row's figure gets a subject: the indicator
 *    for performance figures, the program / kegiatan for budget figures (`rowSubject`). A Jumlah /
 *    TOTAL row is the total of the rows it adds up, or the unit's whole budget in a table of
 *    spending groups (Belanja Operasi, Belanja Modal).
 * 2. Sentences (extract.ts). A figure is taken when a word naming it stands close before it
 *    ("Target yang ditetapkan tahun 2023 adalah 87 realisasi sebesar 82.84 tercapai 95.21",
 *    "didukung dengan anggaran sebesar Rp …", "dengan Realisasi Rp … atau 96.51%", "Pagu Anggaran
 *    Program Tahun 2023 : Rp …") with no word of change between ("meningkat sebesar 17,51 %" is
 *    not a capaian). Its subject is the last indicator / program name of the table facts found in
 *    the sentence (or paragraph, or the previous ones: "c. Pada tahun 2023 target kinerja tetap
 *    menjadi 87"); a budget figure without a name is the total of the table the sentence
 *    introduces or concludes, else "the programs' total" ("Pagu Anggaran Program"), else the unit's
 *    whole budget when the sentence names no part of it. Its year is the last year named in the
 *    sentence ("realisasi tahun 2022 sebesar 99,91"), else the report's.
 * 3. Subjects (subjects.ts). Names are matched across the report through sorted-word keys and a
 *    one-word typo check within blocking groups (no all-pairs comparison): "Presentase" ~
 *    "Persentase", word order, "Trantubum" ~ "Trantibum", with or without "Program".
 * 4. Totals: a total's key is made of its rows' subject keys, so the Jumlah rows of two tables
 *    listing the same programs (in any order) are the same subject. "The programs' total" of the
 *    sentences is that of the tables listing only programs, when the report has one such set.
 *
 * A report that never mentions a budget revision has one stage; in one that does, budget figures
 * whose stage cannot be told are left out rather than compared with the wrong stage.
 *
 * `collectFacts(doc)` is cached per report: several rules read the same facts.
 */
import type { NormalisedReport } from '../normalise/types.js';
import { extractRawFacts, makeEnv, rowSubject, type RawFact } from './extract.js';
import { SubjectIndex, normaliseName } from './subjects.js';
import { isBudgetAttribute, type Fact, type SubjectKind } from './types.js';

export * from './types.js';
export { nameKey, normaliseName, SubjectIndex, NameMatcher, typoOf } from './subjects.js';
export { columnAttribute, rowSubject, stageOf } from './extract.js';

const cache = new WeakMap<NormalisedReport, Fact[]>();

/** Every figure of the report as a fact, in document order (tables first, then sentences). */
export function collectFacts(doc: NormalisedReport): Fact[] {
  let facts = cache.get(doc);
  if (!facts) {
    facts = buildFacts(doc);
    cache.set(doc, facts);
  }
  return facts;
}

const UNIT_KEY = 'total:unit';

function buildFacts(doc: NormalisedReport): Fact[] {
  const env = makeEnv(doc);
  const raw = extractRawFacts(env).filter((f) => !(env.revision && isBudgetAttribute(f.attribute) && !f.period.stage));
  if (!env.revision) for (const f of raw) f.period.stage = undefined;

  // Names → ids → keys.
  const index = new SubjectIndex();
  const ids = new Map<RawFact, number>();
  const componentIds = new Map<RawFact, Array<{ id: number; program: boolean }>>();
  for (const f of raw) {
    if (f.ref.type === 'name') ids.set(f, index.add(f.ref.name));
    else if (f.ref.type === 'rows') {
      const { table, rows, column } = f.ref;
      const parts: Array<{ id: number; program: boolean }> = [];
      for (const r of rows) {
        const s = rowSubject(table, r, column.index, 'pagu');
        if (!s) break;
        parts.push({ id: index.add(s.name), program: s.kind === 'program' || normaliseName(s.name).level === 'program' });
      }
      // A total with a row of no name cannot be told from another set of rows.
      if (parts.length === rows.length) componentIds.set(f, parts);
    }
  }
  index.resolve();

  // The kind of a subject: what the tables say it is.
  const kinds = new Map<string, SubjectKind>();
  for (const f of raw) {
    if (f.ref.type !== 'name' || f.ref.kind === 'other') continue;
    const key = index.key(ids.get(f)!);
    if (!kinds.has(key)) kinds.set(key, f.ref.kind);
  }

  // A kegiatan and a sub kegiatan (or program) of one table with the same name are two subjects.
  const levelsByKey = new Map<string, Set<string>>();
  for (const f of raw) {
    if (f.ref.type !== 'name' || !f.level || f.level === 'item' || f.level === 'group') continue;
    const key = index.key(ids.get(f)!);
    const byTable = `${key}@${f.place.split(':')[0]}`;
    let set = levelsByKey.get(byTable);
    if (!set) levelsByKey.set(byTable, (set = new Set()));
    set.add(f.level);
  }
  const ambiguous = new Set([...levelsByKey.entries()].filter(([, s]) => s.size > 1).map(([k]) => k.slice(0, k.lastIndexOf('@'))));

  // A name given to two rows of one table at the same level (an output indicator "Jumlah Laporan"
  // under two kegiatan) names two things: it is not compared anywhere.
  const rowsByName = new Map<string, string>();
  const repeated = new Set<string>();
  for (const f of raw) {
    if (f.ref.type !== 'name' || !f.table || !f.row) continue;
    const key = index.key(ids.get(f)!);
    const at = `${key}#${f.level ?? ''}@${f.table.table.index}`;
    const row = `${f.row.index}`;
    const seen = rowsByName.get(at);
    if (seen === undefined) rowsByName.set(at, row);
    else if (seen !== row) repeated.add(ambiguous.has(key) ? `${key}#${f.level ?? ''}` : key);
  }

  // Totals: keyed by the set of rows they add up.
  const totalKey = (f: RawFact) => {
    const parts = componentIds.get(f) ?? [];
    const keys = [...new Set(parts.map((p) => index.key(p.id)))];
    return { key: `total:${[...keys].sort().join(' + ')}`, keys, programs: parts.length > 1 && parts.every((p) => p.program) };
  };
  const programSets = new Map<string, string[]>();
  for (const f of raw) {
    if (f.ref.type !== 'rows') continue;
    const t = totalKey(f);
    if (t.programs && !programSets.has(t.key)) programSets.set(t.key, t.keys);
  }
  const [programsKey, programsComponents] = programSets.size === 1 ? [...programSets][0] : [undefined, undefined];

  const out: Fact[] = [];
  for (const f of raw) {
    const ref = f.ref;
    let subject: string;
    let subjectKey: string;
    let subjectKind: SubjectKind = 'total';
    let components: string[] | undefined;
    let totalOf: Fact['totalOf'];
    if (ref.type === 'name') {
      const key = index.key(ids.get(f)!);
      if (ambiguous.has(key)) {
        if (!f.level || repeated.has(`${key}#${f.level}`)) continue;
        subjectKey = `name:${key}#${f.level}`;
      } else if (repeated.has(key)) continue;
      else subjectKey = `name:${key}`;
      subject = ref.name;
      subjectKind = kinds.get(key) ?? ref.kind;
    } else if (ref.type === 'rows') {
      const t = totalKey(f);
      if (t.keys.length < 2) continue;
      subjectKey = t.key;
      components = t.keys.map((k) => `name:${k}`);
      subject = totalName(t.keys.length, t.programs);
      totalOf = t.programs ? 'programs' : 'rows';
    } else if (ref.type === 'programs') {
      if (!programsKey || !programsComponents) continue;
      subjectKey = programsKey;
      components = programsComponents.map((k) => `name:${k}`);
      subject = totalName(programsComponents.length, true);
      totalOf = 'programs';
    } else {
      subjectKey = UNIT_KEY;
      const u = doc.report.metadata.unit;
      subject = u.name ? `Anggaran ${[u.type, u.name].filter(Boolean).join(' ')}` : 'Anggaran perangkat daerah';
      components = [];
      totalOf = 'unit';
    }
    const fact: Fact = {
      subject,
      subjectKey,
      subjectKind,
      attribute: f.attribute,
      period: f.period,
      value: f.value,
      location: f.location,
      source: f.source,
      excerpt: f.excerpt,
      place: f.place,
    };
    if (f.table) Object.assign(fact, { table: f.table, row: f.row, column: f.column });
    if (f.paragraph) fact.paragraph = f.paragraph;
    if (f.carried) fact.carried = true;
    if (f.level) fact.level = f.level;
    if (components) Object.assign(fact, { components, totalOf });
    out.push(fact);
  }
  return out;
}

function totalName(n: number, programs: boolean): string {
  return programs ? `Jumlah ${n} program` : `Jumlah ${n} baris`;
}
