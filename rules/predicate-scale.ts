import { clip } from '../src/text/clip.js';
import type { RelatedLocation, Rule, RuleContext } from '../src/engine/types.js';
import type { Paragraph, SourceLocation } from '../src/model/index.js';
import type { ColumnInfo, DataRow, TableModel } from '../src/normalise/types.js';
import { statedInterval } from '../src/numbers/interval.js';
import { findNumbers, type FoundNumber, type ParsedNumber } from '../src/numbers/parse.js';
import { cellLocation, columnName, rowExcerpt, rowName, showStated, tableName } from '../src/rulekit/describe.js';
import { place, type BandLike } from '../src/scales/bands.js';
import { familyOf, inInterval, labelKey, labelLike, readScales, type Scale, type ScaleBand } from '../src/scales/read.js';
import { STANDARD_SCALES, type ReferenceScale } from '../src/scales/standard.js';

/** The scale a predicate is judged by. */
interface Judge {
  printed?: Scale;
  standard?: ReferenceScale;
  bands: BandLike[];
  /** The predicate is one of the scale's labels (else it only shares its vocabulary). */
  exact: boolean;
}

/** A predicate and the capaian it qualifies. */
interface Stated {
  predicate: string;
  value: ParsedNumber;
  blockIndex: number;
  location: SourceLocation;
  where: { id: string; en: string };
  related: RelatedLocation[];
  excerpt: string;
}

const PREDICATE_HEADER = /predikat|kategori|kriteria|atribut|peringkat/i;
const MONEY_HEADER = /anggaran|keuangan|penyerapan|dana/i;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The printed scale nearest before the predicate, else the first after it. */
function nearest(scales: Scale[], blockIndex: number): Scale | undefined {
  let before: Scale | undefined;
  for (const s of scales) {
    if (s.blockIndex <= blockIndex) before = s;
    else return before ?? s;
  }
  return before;
}

/**
 * Pick the scale a predicate is judged by: a printed scale with that label; else a printed scale
 * of the same vocabulary (Sangat Berhasil … / Sangat Tinggi …), in which the predicate is no
 * label; else a standard scale with that label.
 */
function judgeFor(scales: Scale[], key: string, blockIndex: number): Judge | undefined {
  const exact = nearest(
    scales.filter((s) => s.bands.some((b) => b.key === key)),
    blockIndex,
  );
  if (exact) return { printed: exact, bands: exact.bands, exact: true };
  const family = familyOf(key);
  if (family) {
    const same = nearest(
      scales.filter((s) => s.family === family),
      blockIndex,
    );
    if (same) return { printed: same, bands: same.bands, exact: false };
  }
  const standard = STANDARD_SCALES.find((s) => s.bands.some((b) => b.key === key));
  if (standard) return { standard, bands: standard.bands, exact: true };
  return undefined;
}

const rule: Rule = {
  meta: {
    id: 'predicate-scale',
    family: 'predicates',
    defaultSeverity: 'error',
    description: {
      id: 'Predikat capaian (Sangat Berhasil, Tinggi, …) harus sesuai dengan skala yang dicantumkan laporan untuk nilai capaian yang dinilainya.',
      en: 'A rating (Sangat Berhasil, Tinggi, …) must be what the scale printed in the report gives for the achievement it rates.',
    },
    docs: 'docs/rules/predicate-scale.md',
    messages: {
      mismatch: {
        id: '{where}: predikat "{actual}" untuk capaian {value}, padahal menurut {scale} capaian {value} termasuk "{expected}" ({band}){note}.',
        en: '{where}: rating "{actual}" for an achievement of {value}, but by {scale} an achievement of {value} is "{expected}" ({band}){note}.',
      },
      notOnScale: {
        id: '{where}: predikat "{actual}" tidak ada pada {scale} ({labels}); menurut skala itu capaian {value} termasuk "{expected}" ({band}){note}.',
        en: '{where}: rating "{actual}" is not on {scale} ({labels}); by that scale an achievement of {value} is "{expected}" ({band}){note}.',
      },
      standard: {
        id: '{where}: predikat "{actual}" untuk capaian {value}, padahal menurut {scale} capaian {value} termasuk "{expected}" ({band}){note}. Laporan tidak mencantumkan skala dengan predikat "{actual}", sehingga dipakai skala baku tersebut; periksa skala yang sebenarnya dipakai.',
        en: '{where}: rating "{actual}" for an achievement of {value}, but by {scale} an achievement of {value} is "{expected}" ({band}){note}. The report prints no scale with the rating "{actual}", so that standard scale was used; check which scale the report means.',
      },
      aboveScale: {
        id: '{where}: capaian {value} melebihi batas atas {scale} ({band}); predikat tertinggi "{actual}" dianggap berlaku.',
        en: '{where}: the achievement {value} lies above the top band of {scale} ({band}); the top rating "{actual}" is taken to apply.',
      },
    },
    options: {
      reportAboveScale: {
        type: 'boolean',
        default: false,
        description: {
          id: 'Laporkan (info) capaian di atas batas atas skala yang diberi predikat tertinggi.',
          en: 'Report (info) achievements above the top band of the scale that are given the top rating.',
        },
      },
    },
  },
  check(ctx) {
    const scales = readScales(ctx.doc);
    const scaleTables = new Set(scales.map((s) => s.table).filter(Boolean));
    const keys = new Set<string>();
    for (const s of [...scales, ...STANDARD_SCALES]) for (const b of s.bands) keys.add(b.key);
    const stated: Stated[] = [];
    for (const t of ctx.doc.tables) if (!scaleTables.has(t)) stated.push(...tablePredicates(t, keys));
    const sentence = sentenceMatcher(keys);
    for (const p of ctx.doc.paragraphs) stated.push(...sentence(p));
    for (const s of stated) judge(ctx, scales, s);
  },
};

function judge(ctx: RuleContext, scales: Scale[], s: Stated): void {
  const key = labelKey(s.predicate);
  const j = judgeFor(scales, key, s.blockIndex);
  if (!j) return;
  const range = statedInterval(s.value, ctx.rounding);
  const placement = place(j.bands, range.lo, range.hi);
  const lang = ctx.lang;
  const or = lang === 'id' ? ' atau ' : ' or ';
  const bandText = (b: BandLike) => `${b.label} ${b.interval.text}`;
  const scaleName = j.printed
    ? j.printed.kind === 'table'
      ? lang === 'id'
        ? `skala ${j.printed.name.id}`
        : `the scale in ${j.printed.name.en}`
      : j.printed.name[lang]
    : j.standard!.name[lang];
  const value = showStated(s.value, lang, 'percent');
  const fits = j.exact && placement.bands.some((b) => b.key === key);
  if (fits) {
    if (placement.where === 'above' && ctx.options.reportAboveScale === true) {
      ctx.report({
        messageId: 'aboveScale',
        data: { where: s.where[lang], value, scale: scaleName, band: bandText(placement.bands[0]), actual: s.predicate },
        location: s.location,
        related: s.related,
        excerpt: s.excerpt,
        severity: 'info',
      });
    }
    return;
  }
  const note =
    placement.where === 'above'
      ? lang === 'id'
        ? '; capaian di atas batas atas skala diberi predikat tertinggi'
        : '; an achievement above the top of the scale is given the top rating'
      : placement.where === 'below'
        ? lang === 'id'
          ? '; capaian di bawah batas bawah skala diberi predikat terendah'
          : '; an achievement below the bottom of the scale is given the lowest rating'
        : placement.where === 'gap'
          ? lang === 'id'
            ? '; capaian jatuh di celah antara dua kategori, keduanya diterima'
            : '; the achievement falls in a gap between two bands, either is accepted'
          : placement.bands.length < 2
            ? ''
            : placement.bands.filter((b) => inInterval(b.interval, s.value.value)).length > 1
              ? lang === 'id'
                ? '; interval skala tumpang tindih di sini, keduanya diterima'
                : '; the bands overlap there, either is accepted'
              : lang === 'id'
                ? '; angka capaian yang dibulatkan dapat berarti keduanya, keduanya diterima'
                : '; the rounded figure may stand for either band, either is accepted';
  const related: RelatedLocation[] = [...s.related];
  if (j.printed) {
    const printed = j.printed;
    for (const b of placement.bands as ScaleBand[]) related.push({ location: b.loc, note: bandText(b) });
    const own = printed.bands.find((b) => b.key === key);
    if (own && !placement.bands.includes(own)) related.push({ location: own.loc, note: bandText(own) });
  }
  const expected = placement.bands.map((b) => b.label).join(or);
  ctx.report({
    messageId: !j.printed ? 'standard' : j.exact ? 'mismatch' : 'notOnScale',
    data: {
      where: s.where[lang],
      actual: s.predicate,
      value,
      scale: scaleName,
      expected,
      band: placement.bands.map(bandText).join('; '),
      labels: j.bands.map((b) => b.label).join(', '),
      note,
    },
    location: s.location,
    related,
    expected: placement.bands.map((b) => b.label).join(' / '),
    actual: s.predicate,
    excerpt: s.excerpt,
    severity: j.printed ? undefined : 'warning',
  });
}

// ---------------------------------------------------------------------------------------------
// Predicates in tables

/** The capaian column a predicate column rates: the nearest capaian column of the same period, left first. */
function capaianColumn(t: TableModel, pc: ColumnInfo): ColumnInfo | undefined {
  const candidates = t.columns.filter(
    (c) =>
      c.index !== pc.index &&
      c.role === 'capaian' &&
      !PREDICATE_HEADER.test(c.header) &&
      (c.period === undefined || pc.period === undefined || c.period === pc.period) &&
      t.rows.some((r) => r.values.get(c.index) && !r.values.get(c.index)!.empty),
  );
  const money = MONEY_HEADER.test(pc.header);
  const preferred = candidates.filter((c) => (c.group === 'anggaran' || MONEY_HEADER.test(c.header)) === money);
  const pool = preferred.length ? preferred : candidates;
  const left = pool.filter((c) => c.index < pc.index).sort((a, b) => b.index - a.index);
  return left[0] ?? pool.filter((c) => c.index > pc.index).sort((a, b) => a.index - b.index)[0];
}

/** Columns holding predicates: by header, or every filled cell a known rating label; never a column of figures. */
function predicateColumns(t: TableModel, keys: Set<string>): ColumnInfo[] {
  return t.columns.filter((c) => {
    if (/efisien/i.test(c.header)) return false;
    const byHeader = c.role === 'predikat' || PREDICATE_HEADER.test(c.header);
    let filled = 0;
    let known = 0;
    for (const r of t.rows) {
      const v = r.values.get(c.index);
      if (v && !v.empty) return false;
      const x = r.cells[c.index]?.text ?? '';
      if (x === '') continue;
      filled++;
      if (byHeader) continue;
      if (x.length > 40 || /\d/.test(x) || !labelLike(x)) return false;
      if (keys.has(labelKey(x))) known++;
    }
    return filled > 0 && (byHeader || known > 0);
  });
}

function tablePredicates(t: TableModel, keys: Set<string>): Stated[] {
  const out: Stated[] = [];
  for (const pc of predicateColumns(t, keys)) {
    const cc = capaianColumn(t, pc);
    if (!cc) continue;
    for (const r of t.rows) {
      const text = r.cells[pc.index]?.text ?? '';
      const predicate = labelLike(text);
      const value = r.values.get(cc.index);
      if (!predicate || !value || value.empty) continue;
      const key = labelKey(predicate);
      if (!keys.has(key) && !familyOf(key)) continue;
      out.push(tableStated(t, r, pc, cc, predicate, value));
    }
  }
  return out;
}

function tableStated(t: TableModel, r: DataRow, pc: ColumnInfo, cc: ColumnInfo, predicate: string, value: ParsedNumber): Stated {
  const table = { id: tableName(t, 'id'), en: tableName(t, 'en') };
  return {
    predicate,
    value,
    blockIndex: t.table.index,
    location: cellLocation(t, r, pc),
    where: {
      id: `${table.id}, baris "${rowName(r)}", kolom ${columnName(pc)}`,
      en: `${table.en}, row "${rowName(r)}", column ${columnName(pc)}`,
    },
    related: [{ location: cellLocation(t, r, cc), note: value.raw }],
    excerpt: rowExcerpt(r),
  };
}

// ---------------------------------------------------------------------------------------------
// Predicates in sentences

/** Words that introduce a rating: "bernilai kinerja", "predikat", "termasuk kategori", … */
const TRIGGER =
  '(?:bernilai(?:\\s+kinerja)?|berpredikat|(?:dengan\\s+)?predikat(?:\\s+(?:kinerja|capaian))?|(?:(?:termasuk|masuk)\\s+(?:dalam\\s+)?)?(?:kategori|kriteria)|dikategorikan(?:\\s+sebagai)?|tergolong(?:\\s+(?:dalam\\s+)?(?:kategori\\s+)?)?|beratribut|peringkat)';
/** A cheap test before the full patterns: a sentence without one of these words rates nothing. */
const CUE = /bernilai|predikat|kategori|kriteria|tergolong|atribut|peringkat|\(/i;
/** Between a capaian figure and the rating word: only connectives. */
const BETWEEN = /^\s*%?\s*\)?\s*,?\s*(?:(?:atau|yang|dan|sehingga|maka|serta|dengan|ini|tersebut)\s*,?\s*)*$/i;
/**
 * Before the figure: the figure is a capaian ("tercapai 95,21", "capaian kinerja indikator
 * Indeks Kepuasan Masyarakat sebesar 95,21"), not a realisasi or a target.
 */
const LEAD =
  /(?:tercapai|capaian|mencapai|pencapaian|dicapai)(?:\s+(?:kinerja(?:nya)?|tahun\s+\d{4}))*(?:(?:\s+(?!realisasi|target|anggaran|pagu|dan\b)[\p{L}()/-]+){0,6}?\s*(?:sebesar|adalah|yaitu|senilai|:|=))?\s*$/iu;
/** After the rating: "… dengan capaian sebesar 95,21%". */
const AFTER = /^\s*\)?\s*,?\s*(?:dengan|yaitu|karena|sebesar)?\s*(?:nilai\s+|tingkat\s+|persentase\s+)?(?:capaian|pencapaian)(?:\s+kinerja(?:nya)?)?\s*(?:sebesar|adalah|yaitu|senilai)?\s*[:=]?\s*$/i;

/** Sentences of a paragraph with their offsets; a full stop inside a figure ("95.21") does not end one. */
function sentences(text: string): Array<{ start: number; text: string }> {
  const out: Array<{ start: number; text: string }> = [];
  let start = 0;
  for (const m of text.matchAll(/[.!?](?=\s+[\p{Lu}"“(]|\s*$)/gu)) {
    const end = (m.index ?? 0) + 1;
    out.push({ start, text: text.slice(start, end) });
    start = end;
  }
  if (start < text.length) out.push({ start, text: text.slice(start) });
  return out;
}

function sentenceMatcher(keys: Set<string>): (p: Paragraph) => Stated[] {
  const labels = [...keys].filter((k) => k !== '').sort((a, b) => b.length - a.length);
  if (labels.length === 0) return () => [];
  const alt = labels.map((k) => k.split(' ').map(escape).join('\\s+')).join('|');
  const quote = `[*"“”']*`;
  const rated = new RegExp(`\\b${TRIGGER}\\s*:?\\s*(?:(?:yang|adalah|yaitu|sebagai)\\s+)?${quote}(?<label>${alt})(?![\\p{L}])${quote}`, 'giu');
  const paren = new RegExp(`\\(\\s*${quote}(?<label>${alt})${quote}\\s*\\)`, 'giu');
  const anyLabel = new RegExp(`(?<![\\p{L}])(?:${alt})(?![\\p{L}])`, 'iu');
  return (p) => {
    if (!/\d/.test(p.text) || !CUE.test(p.text) || !anyLabel.test(p.text)) return [];
    const out: Stated[] = [];
    for (const s of sentences(p.text)) {
      if (!/\d/.test(s.text) || !CUE.test(s.text)) continue;
      let nums: readonly FoundNumber[] | undefined;
      const seen = new Set<number>();
      for (const [re, afterToo] of [
        [rated, true],
        [paren, false],
      ] as const) {
        for (const m of s.text.matchAll(re)) {
          nums ??= findNumbers(s.text);
          const at = m.index ?? 0;
          if (seen.has(at)) continue;
          const value = before(s.text, nums, at, !afterToo) ?? (afterToo ? after(s.text, nums, at + m[0].length) : undefined);
          if (!value) continue;
          seen.add(at);
          const label = m.groups!.label;
          const from = Math.min(value.start, at);
          const to = Math.max(value.end, at + m[0].length);
          const snippet = clip(s.text.slice(from, to).replace(/\s+/g, ' ').trim(), 120);
          out.push({
            predicate: label.replace(/\s+/g, ' '),
            value: value.number,
            blockIndex: p.index,
            location: p.loc,
            where: { id: `Kalimat "…${snippet}…"`, en: `Sentence "…${snippet}…"` },
            related: [],
            excerpt: clip(s.text.trim(), 240),
          });
        }
      }
    }
    return out;
  };
}

/** The capaian figure right before a rating: nothing but connectives between, a capaian word before it. */
function before(text: string, nums: readonly FoundNumber[], at: number, tight: boolean): FoundNumber | undefined {
  let prev: FoundNumber | undefined;
  for (const f of nums) if (f.end <= at) prev = f;
  if (!prev) return undefined;
  const between = text.slice(prev.end, at);
  if (tight ? !/^\s*%?\s*$/.test(between) : !BETWEEN.test(between)) return undefined;
  if (!LEAD.test(text.slice(Math.max(0, prev.start - 90), prev.start))) return undefined;
  return prev;
}

/** The capaian figure stated right after a rating: "… Sangat Berhasil dengan capaian 95,21%". */
function after(text: string, nums: readonly FoundNumber[], at: number): FoundNumber | undefined {
  const next = nums.find((f) => f.start >= at);
  if (!next || !AFTER.test(text.slice(at, next.start))) return undefined;
  return next;
}

export default rule;
