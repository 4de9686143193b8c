import { clip } from '../src/text/clip.js';
import { Decimal } from 'decimal.js';
import type { Lang, RelatedLocation, Rule, RuleContext, Severity } from '../src/engine/types.js';
import { collectFacts, factKey, isBudgetAttribute, MONEY_ATTRIBUTES, type Attribute, type Fact, type Period } from '../src/facts/index.js';
import { locationKey, type SourceLocation } from '../src/model/index.js';
import { Interval, agrees, inputInterval, type RoundingPolicy } from '../src/numbers/interval.js';
import type { ParsedNumber } from '../src/numbers/parse.js';
import { achievement, lowerIsBetter, statedLowerFormula, type AchievementFormula } from '../src/rulekit/polarity.js';
import { plainDecimal, showStated, tableName } from '../src/rulekit/describe.js';
import { totalledRows } from '../src/rulekit/totals.js';

/**
 * The same fact (subject, attribute, period) must have the same value wherever the report
 * states it. See docs/rules/same-fact.md for what is compared and how the expected value is chosen.
 */
const rule: Rule = {
  meta: {
    id: 'same-fact',
    family: 'cross-reference',
    defaultSeverity: 'error',
    description: {
      id: 'Angka yang sama (subjek, jenis angka, periode) harus bernilai sama di semua tempat laporan menyebutnya.',
      en: 'The same figure (subject, kind of figure, period) must have the same value wherever the report states it.',
    },
    docs: 'docs/rules/same-fact.md',
    messages: {
      differs: {
        id: '{subject} — {attribute} {period}: {here} menyebut {actual}, sedangkan {support} dari {count} tempat yang menyebutnya menulis {expected} ({places}).',
        en: '{subject} — {attribute} {period}: {here} states {actual}, while {support} of the {count} places that state it give {expected} ({places}).',
      },
      implied: {
        id: '{subject} — {attribute} {period}: {here} menyebut {actual}, padahal {computation} = {expected} dengan angka yang disebut di bagian lain laporan (tertulis juga di {places}).',
        en: '{subject} — {attribute} {period}: {here} states {actual}, but {computation} = {expected} with the figures the rest of the report states (also stated in {places}).',
      },
      differsBoth: {
        id: '{subject} — {attribute} {period}: {here} menyebut {actual} untuk keduanya, sedangkan bagian lain laporan menyebut {expected} ({places}).',
        en: '{subject} — {attribute} {period}: {here} states {actual} for both, while the rest of the report states {expected} ({places}).',
      },
      noMajority: {
        id: '{subject} — {attribute} {period} tidak sama di {count} tempat: {values}. Tidak ada nilai yang disebut oleh sebagian besar tempat; periksa dokumen sumbernya.',
        en: '{subject} — {attribute} {period} differs across {count} places: {values}. No value is stated by most of them; check the source documents.',
      },
    },
  },
  check(ctx) {
    const groups = groupFacts(collectFacts(ctx.doc));
    const decisions = new Map<string, Decision>();
    // Inputs first: a capaian, a penyerapan, a sisa or a total is decided from the values the
    // report agrees on for what it is computed from.
    const ordered = [...groups.entries()].sort((a, b) => stepOf(a[1][0]) - stepOf(b[1][0]));
    const formula = statedLowerFormula(ctx.doc) ?? 'two-target-minus';
    for (const [key, places] of ordered) decisions.set(key, decide(places, decisions, ctx.rounding, formula));
    const candidates = findingsOf(decisions);
    const corrections = new Map<Fact, ParsedNumber>();
    for (const c of candidates) if (c.expected) corrections.set(c.fact, c.expected);
    const byPlace = placeIndex(groups);
    const names = displayNames(groups);
    const reported = candidates.filter((c) => !isConsequence(c, corrections, byPlace, ctx.rounding));
    for (const c of mergeSameSentence(reported)) report(ctx, c, names);
  },
};

export default rule;

// ---------------------------------------------------------------------------------------------
// Grouping and deciding

const isTotal = (f: Fact) => f.totalOf !== undefined;
const DERIVED: ReadonlySet<Attribute> = new Set(['capaian', 'capaian-anggaran', 'sisa']);

/** Order of deciding: stated inputs, figures computed from them, totals, figures computed from totals. */
function stepOf(f: Fact): number {
  return (isTotal(f) ? 2 : 0) + (DERIVED.has(f.attribute) ? 1 : 0);
}

/** Facts by key; a fact printed twice at one place (one table row, one paragraph) counts once. */
function groupFacts(facts: Fact[]): Map<string, Fact[]> {
  const groups = new Map<string, Fact[]>();
  const seen = new Set<string>();
  for (const f of facts) {
    const key = factKey(f);
    const at = `${key}@${f.place}`;
    if (seen.has(at)) continue;
    seen.add(at);
    let list = groups.get(key);
    if (!list) groups.set(key, (list = []));
    list.push(f);
  }
  // Document order: messages list places, and a finding without majority stands at the first.
  for (const list of groups.values()) list.sort((a, b) => position(a) - position(b));
  return groups;
}

/** Where a fact stands in the report: its block, then its row and column. */
function position(f: Fact): number {
  const block = f.table?.table.index ?? f.paragraph?.index ?? 0;
  return block * 1e6 + (f.row?.index ?? 0) * 1e3 + (f.column?.index ?? 0);
}

function roundAt(v: Decimal, decimals: number, mode: Decimal.Rounding): Decimal {
  if (decimals >= 0) return v.toDecimalPlaces(decimals, mode);
  const unit = new Decimal(10).pow(-decimals);
  return v.div(unit).toDecimalPlaces(0, mode).times(unit);
}

/**
 * Two stated figures agree when the more precise one, rounded (or, by default, truncated) to
 * the other's printed precision, gives the other: 82,8 and 82,84 agree, 99,01 and 99.01 agree,
 * 1,00 and 1,01 do not.
 */
function sameFigure(a: ParsedNumber, b: ParsedNumber, policy: RoundingPolicy): boolean {
  const [coarse, fine] = a.decimals <= b.decimals ? [a, b] : [b, a];
  const d = coarse.decimals;
  if (roundAt(fine.value, d, Decimal.ROUND_HALF_UP).eq(coarse.value)) return true;
  return policy === 'round-or-truncate' && roundAt(fine.value, d, Decimal.ROUND_DOWN).eq(coarse.value);
}

interface Decision {
  places: Fact[];
  /** The value the report agrees on, and how it was chosen. */
  value?: ParsedNumber;
  /**
   * - `unanimous`: every place agrees;
   * - `implied`: the one value stated that equals what the figure's inputs, as the report agrees
   *   on them, give (a total: the sum of its parts; a capaian: realisasi ÷ target × 100; …);
   * - `majority`: the value more than half of the places state;
   * - `none`: no value has a majority.
   */
  mode: 'unanimous' | 'implied' | 'majority' | 'none';
  supporters: Fact[];
  /** For `implied`: how the value is computed, as figures. */
  computation?: Computation;
}

interface Computation {
  kind: 'sum' | 'ratio' | 'difference';
  inputs: Array<{ attribute: Attribute; value: ParsedNumber; subjectKey: string }>;
  formula?: AchievementFormula;
}

function decide(places: Fact[], decisions: Map<string, Decision>, policy: RoundingPolicy, lowerFormula: AchievementFormula): Decision {
  const n = places.length;
  // Distinct printed values (usually a handful): agreement is checked between them, not between all places.
  const distinct = new Map<string, Fact[]>();
  for (const f of places) {
    const key = `${plainDecimal(f.value.value)}|${f.value.decimals}`;
    const list = distinct.get(key);
    if (list) list.push(f);
    else distinct.set(key, [f]);
  }
  const values = [...distinct.values()];
  const agreeing = values.map((a) => values.filter((b) => sameFigure(a[0].value, b[0].value, policy)));
  if (agreeing.every((xs) => xs.length === values.length)) {
    const most = places.reduce((best, f) => (f.value.decimals > best.value.decimals ? f : best), places[0]);
    return { places, value: most.value, mode: 'unanimous', supporters: places };
  }
  if (places[0].attribute === 'target' && isRevisedTarget(places, policy)) return { places, mode: 'unanimous', supporters: places };

  // Candidates: each distinct value, supported by the places agreeing with it.
  const candidates = values.map((v, i) => {
    const agreeWith = new Set(agreeing[i].flat());
    return { fact: v[0], supporters: places.filter((f) => agreeWith.has(f)) };
  });
  candidates.sort((a, b) => b.supporters.length - a.supporters.length || b.fact.value.decimals - a.fact.value.decimals);

  const implied = impliedValue(places[0], decisions, lowerFormula);
  if (implied) {
    const fitting = candidates.find((c) => agrees(c.fact.value, implied.value, policy));
    if (fitting) return { places, value: fitting.fact.value, mode: 'implied', supporters: fitting.supporters, computation: implied.computation };
  }
  const best = candidates[0];
  if (best.supporters.length * 2 > n) return { places, value: best.fact.value, mode: 'majority', supporters: best.supporters };
  return { places, mode: 'none', supporters: [] };
}

/** A target changed by the Perubahan PK: the places before the revision agree, the others agree. */
function isRevisedTarget(places: Fact[], policy: RoundingPolicy): boolean {
  const before = places.filter((f) => f.period.stage === 'murni');
  const after = places.filter((f) => f.period.stage !== 'murni');
  const consistent = (xs: Fact[]) => xs.every((a) => xs.every((b) => sameFigure(a.value, b.value, policy)));
  return before.length > 0 && after.length > 0 && consistent(before) && consistent(after);
}

const decidedValue = (d: Decision | undefined) => (d && d.mode !== 'none' ? d.value : undefined);

/**
 * What a figure must be, from the values the report agrees on for its inputs (same subject and
 * period): a total's money figures are the sum of its parts'; a capaian is realisasi ÷ target ×
 * 100 (the stated lower-is-better formula for an indicator of something to reduce); a penyerapan
 * realisasi ÷ pagu × 100; a sisa pagu − realisasi.
 */
function impliedValue(f: Fact, decisions: Map<string, Decision>, lowerFormula: AchievementFormula): { value: Interval; computation: Computation } | undefined {
  const get = (subjectKey: string, attribute: Attribute) => {
    const value = decidedValue(decisions.get(factKey({ subjectKey, attribute, period: f.period })));
    return value ? { attribute, value, subjectKey } : undefined;
  };
  if (MONEY_ATTRIBUTES.has(f.attribute) && f.components && f.components.length >= 2) {
    const inputs = f.components.map((k) => get(k, f.attribute));
    if (inputs.some((x) => !x)) return undefined;
    const parts = inputs as Computation['inputs'];
    const value = parts.reduce((acc, x) => acc.add(inputInterval(x.value)), Interval.exact(0));
    return { value, computation: { kind: 'sum', inputs: parts } };
  }
  const pair = (a: Attribute, b: Attribute) => {
    const x = get(f.subjectKey, a);
    const y = get(f.subjectKey, b);
    return x && y ? [x, y] : undefined;
  };
  if (f.attribute === 'capaian') {
    const inputs = pair('realisasi', 'target');
    if (!inputs) return undefined;
    const formula: AchievementFormula = lowerIsBetter(f.subject) ? lowerFormula : 'higher';
    const value = achievement(formula, inputs[0].value, inputs[1].value);
    return value ? { value, computation: { kind: 'ratio', inputs, formula } } : undefined;
  }
  if (f.attribute === 'capaian-anggaran') {
    const inputs = pair('realisasi-anggaran', 'pagu');
    const value = inputs && inputInterval(inputs[0].value).div(inputInterval(inputs[1].value))?.times(100);
    return inputs && value ? { value, computation: { kind: 'ratio', inputs } } : undefined;
  }
  if (f.attribute === 'sisa') {
    const inputs = pair('pagu', 'realisasi-anggaran');
    return inputs ? { value: inputInterval(inputs[0].value).sub(inputInterval(inputs[1].value)), computation: { kind: 'difference', inputs } } : undefined;
  }
  return undefined;
}

interface Candidate {
  fact: Fact;
  decision: Decision;
  expected?: ParsedNumber;
  /** Findings merged into this one (the same figure for two attributes of one sentence). */
  also: Candidate[];
}

function findingsOf(decisions: Map<string, Decision>): Candidate[] {
  const out: Candidate[] = [];
  for (const d of decisions.values()) {
    if (d.mode === 'unanimous') continue;
    if (d.mode === 'none') {
      out.push({ fact: d.places[0], decision: d, also: [] });
      continue;
    }
    const supporters = new Set(d.supporters);
    for (const f of d.places) if (!supporters.has(f)) out.push({ fact: f, decision: d, expected: d.value, also: [] });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// One error, one finding

/** Facts by place (row or paragraph) and by table cell, to find a figure's inputs. */
interface PlaceIndex {
  byPlace: Map<string, Fact[]>;
  byCell: Map<string, Fact>;
}

const cellKey = (tableIndex: number, rowIndex: number, column: number) => `${tableIndex}:${rowIndex}:${column}`;

function placeIndex(groups: Map<string, Fact[]>): PlaceIndex {
  const byPlace = new Map<string, Fact[]>();
  const byCell = new Map<string, Fact>();
  for (const list of groups.values()) {
    for (const f of list) {
      let at = byPlace.get(f.place);
      if (!at) byPlace.set(f.place, (at = []));
      at.push(f);
      if (f.table && f.row && f.column) byCell.set(cellKey(f.table.table.index, f.row.index, f.column.index), f);
    }
  }
  return { byPlace, byCell };
}

const samePeriod = (a: Period, b: Period) => a.year === b.year && (a.stage ?? '') === (b.stage ?? '');

/**
 * A figure that was computed right from figures of its own place (a capaian from its row's
 * realisasi and target, a Jumlah from its rows, a penyerapan from the sentence's realisasi and
 * pagu), one of which is reported wrong by this rule, and that comes out as expected once they
 * are corrected, is a consequence of that finding and is not reported again.
 */
function isConsequence(c: Candidate, corrections: Map<Fact, ParsedNumber>, index: PlaceIndex, policy: RoundingPolicy): boolean {
  if (!c.expected) return false;
  const f = c.fact;
  const expected = c.expected;
  const at = (index.byPlace.get(f.place) ?? []).filter((g) => g !== f && g.subjectKey === f.subjectKey && samePeriod(g.period, f.period));
  const one = (attribute: Attribute) => at.find((g) => g.attribute === attribute);
  const value = (g: Fact, corrected: boolean) => inputInterval((corrected && corrections.get(g)) || g.value);
  const holds = (compute: (corrected: boolean) => Interval | undefined, inputs: Fact[]) => {
    if (!inputs.some((g) => corrections.has(g))) return false;
    const asPrinted = compute(false);
    const asCorrected = compute(true);
    return !!asPrinted && !!asCorrected && agrees(f.value, asPrinted, policy) && agrees(expected, asCorrected, policy);
  };

  switch (f.attribute) {
    case 'capaian': {
      const r = one('realisasi');
      const t = one('target');
      if (!r || !t) return false;
      const formulas: AchievementFormula[] = lowerIsBetter(f.subject) ? ['two-target-minus', 'inverse'] : ['higher'];
      return formulas.some((formula) => {
        const compute = (corrected: boolean) => {
          const rv = (corrected && corrections.get(r)) || r.value;
          const tv = (corrected && corrections.get(t)) || t.value;
          return achievement(formula, rv, tv);
        };
        return holds(compute, [r, t]);
      });
    }
    case 'capaian-anggaran': {
      const r = one('realisasi-anggaran');
      const p = one('pagu');
      if (!r || !p) return false;
      return holds((k) => value(r, k).div(value(p, k))?.times(100), [r, p]);
    }
    case 'sisa': {
      const r = one('realisasi-anggaran');
      const p = one('pagu');
      if (!r || !p) return false;
      return holds((k) => value(p, k).sub(value(r, k)), [r, p]);
    }
    default: {
      if (!MONEY_ATTRIBUTES.has(f.attribute) || !f.table || !f.row || !f.column || f.row.kind !== 'total') return false;
      const parts = totalledRows(f.table, f.row).map((r) => index.byCell.get(cellKey(f.table!.table.index, r.index, f.column!.index)));
      if (parts.length === 0 || parts.some((p) => !p)) return false;
      const inputs = parts as Fact[];
      return holds((k) => inputs.reduce((s, g) => s.add(value(g, k)), Interval.exact(0)), inputs);
    }
  }
}

/** The same wrong figure stated for two attributes of one sentence ("96,56% … 96,56%") is one finding. */
function mergeSameSentence(cs: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const byKey = new Map<string, Candidate>();
  for (const c of cs) {
    if (c.fact.source !== 'sentence' || !c.expected) {
      out.push(c);
      continue;
    }
    const key = `${c.fact.place}|${c.fact.subjectKey}|${plainDecimal(c.fact.value.value)}|${plainDecimal(c.expected.value)}`;
    const first = byKey.get(key);
    if (first) first.also.push(c);
    else {
      byKey.set(key, c);
      out.push(c);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Messages

const ATTRIBUTE: Record<Attribute, { id: string; en: string }> = {
  target: { id: 'target kinerja', en: 'performance target' },
  realisasi: { id: 'realisasi kinerja', en: 'performance actual' },
  capaian: { id: 'capaian kinerja', en: 'performance achievement' },
  pagu: { id: 'pagu anggaran', en: 'budget' },
  'realisasi-anggaran': { id: 'realisasi anggaran', en: 'spending' },
  'capaian-anggaran': { id: 'penyerapan anggaran', en: 'budget absorption' },
  sisa: { id: 'sisa anggaran', en: 'remaining budget' },
  efisiensi: { id: 'tingkat efisiensi', en: 'efficiency' },
};

function periodText(f: Fact, lang: Lang): string {
  const year = f.period.year === undefined ? '' : lang === 'id' ? `tahun ${f.period.year}` : `for ${f.period.year}`;
  if (!isBudgetAttribute(f.attribute) || !f.period.stage) return year;
  const stage =
    f.period.stage === 'murni'
      ? lang === 'id'
        ? '(sebelum perubahan anggaran)'
        : '(before the budget revision)'
      : lang === 'id'
        ? '(setelah perubahan anggaran)'
        : '(after the budget revision)';
  return `${year} ${stage}`.trim();
}

function show(f: Fact, n: ParsedNumber, lang: Lang): string {
  if (MONEY_ATTRIBUTES.has(f.attribute)) return showStated(n, lang, 'money');
  if (f.attribute === 'capaian-anggaran' || n.percent) return showStated(n, lang, 'percent');
  return showStated(n, lang);
}

/** "kalimat baris 736" / "sentence at line 736", "kalimat hal. 12" / "sentence on p. 12". */
function where(loc: SourceLocation, lang: Lang): string {
  const id = lang === 'id';
  if (loc.page !== undefined) return id ? `kalimat hal. ${loc.page}` : `sentence on p. ${loc.page}`;
  if (loc.paragraph !== undefined) return id ? `kalimat paragraf ${loc.paragraph}` : `sentence in paragraph ${loc.paragraph}`;
  if (loc.sheet !== undefined) return `${id ? 'kalimat' : 'sentence in'} ${loc.sheet}${loc.cell ? `!${loc.cell}` : ''}`;
  return id ? `kalimat baris ${loc.line ?? '?'}` : `sentence at line ${loc.line ?? '?'}`;
}

function placeName(f: Fact, lang: Lang): string {
  if (!f.table) return where(f.location, lang);
  const name = tableName(f.table, lang);
  // An untitled table of a workbook is known by its sheet.
  return !f.table.table.loc.table && f.location.sheet ? `${name} (${lang === 'id' ? 'lembar' : 'sheet'} ${f.location.sheet})` : name;
}

function listPlaces(facts: Fact[], lang: Lang): string {
  const names = [...new Set([...facts].sort((a, b) => position(a) - position(b)).map((f) => placeName(f, lang)))];
  const shown = names.slice(0, 6).join(', ');
  const more = names.length - 6;
  if (more <= 0) return shown;
  return lang === 'id' ? `${shown}, dan ${more} tempat lain` : `${shown}, and ${more} more`;
}

const LEADING = /^\s*(?:(?:[-–•*]|\(?\d+(?:\.\d+)*[.)]?|\(?[a-z][.)])\s+|(?:tujuan|sasaran(?:\s+strategis)?)\s*:\s*)+/i;

/** A display name per subject key: the form most often printed in tables, list markers dropped. */
function displayNames(groups: Map<string, Fact[]>): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const list of groups.values()) {
    for (const f of list) {
      let c = counts.get(f.subjectKey);
      if (!c) counts.set(f.subjectKey, (c = new Map()));
      const name = f.subject.replace(LEADING, '').replace(/\s+/g, ' ').trim();
      // The form printed in tables, and in mixed case rather than capitals, reads best.
      const weight = (f.source === 'table' ? 2 : 1) * (name === name.toUpperCase() ? 0.5 : 1);
      c.set(name, (c.get(name) ?? 0) + weight);
    }
  }
  const out = new Map<string, string>();
  for (const [key, c] of counts) out.set(key, [...c.entries()].sort((a, b) => b[1] - a[1])[0][0]);
  return out;
}

function subjectText(f: Fact, names: Map<string, string>, lang: Lang): string {
  if (f.totalOf === 'unit') {
    const unit = f.subject.replace(/^Anggaran\s+/, '');
    return lang === 'id' ? `Anggaran ${unit} (seluruh belanja)` : `Budget of ${unit} (all spending)`;
  }
  if (f.totalOf && f.components) {
    const n = f.components.length;
    const parts = f.components.map((k) => clip(shortName(names.get(k) ?? k.replace(/^name:/, '')), 50)).join('; ');
    if (f.totalOf === 'programs') return lang === 'id' ? `Jumlah ${n} program (${parts})` : `Total of ${n} programmes (${parts})`;
    return lang === 'id' ? `Jumlah ${n} baris (${parts})` : `Total of ${n} rows (${parts})`;
  }
  return clip(names.get(f.subjectKey) ?? f.subject, 90);
}

const INPUT_WORD: Partial<Record<Attribute, { id: string; en: string }>> = {
  realisasi: { id: 'realisasi', en: 'actual' },
  target: { id: 'target', en: 'target' },
  pagu: { id: 'pagu', en: 'budget' },
  'realisasi-anggaran': { id: 'realisasi', en: 'spending' },
};

/** "realisasi 99,01 ÷ target 100 × 100", "Rp 217.902.500 + Rp 1.118.997.800 + …". */
function computationText(c: Computation, lang: Lang): string {
  const money = (n: ParsedNumber) => showStated(n, lang, 'money');
  const labelled = (x: Computation['inputs'][number]) => {
    const word = INPUT_WORD[x.attribute]?.[lang] ?? x.attribute;
    return `${word} ${MONEY_ATTRIBUTES.has(x.attribute) ? money(x.value) : showStated(x.value, lang)}`;
  };
  // The parts of a sum are named, in the same order, in the subject.
  if (c.kind === 'sum') return c.inputs.map((x) => money(x.value)).join(' + ');
  if (c.kind === 'difference') return `${labelled(c.inputs[0])} − ${labelled(c.inputs[1])}`;
  const [a, b] = c.inputs;
  if (c.formula === 'two-target-minus') return `(2 × ${labelled(b)} − ${labelled(a)}) ÷ ${labelled(b)} × 100`;
  if (c.formula === 'inverse') return `${labelled(b)} ÷ ${labelled(a)} × 100`;
  return `${labelled(a)} ÷ ${labelled(b)} × 100`;
}

/** A stated figure as a plain decimal string at its printed precision ("96.50"; money without cents: "1357900300"). */
function plain(n: ParsedNumber): string {
  return n.value.isInteger() && (n.currency || n.decimals === 0 || n.value.abs().gte(10000)) ? plainDecimal(n.value) : plainDecimal(n.value, Math.max(n.decimals, 0));
}

const shortName = (name: string) => name.replace(/^\s*program\s+/i, '');

function report(ctx: RuleContext, c: Candidate, names: Map<string, string>): void {
  const { fact: f, decision: d } = c;
  const lang = ctx.lang;
  const attributes = [f, ...c.also.map((x) => x.fact)].map((x) => ATTRIBUTE[x.attribute][lang]);
  const attribute = attributes.length > 1 ? attributes.join(lang === 'id' ? ' dan ' : ' and ') : attributes[0];
  const here = placeName(f, lang);
  const mergedFacts = c.also.map((x) => x.fact);
  const others = [...d.places, ...c.also.flatMap((x) => x.decision.places)].filter((g) => g !== f && !mergedFacts.includes(g));
  const related: RelatedLocation[] = [];
  const seen = new Set<string>();
  for (const g of others) {
    const l = g.location;
    const key = locationKey(l);
    if (seen.has(key)) continue;
    seen.add(key);
    related.push({ location: g.location, note: g.value.raw });
  }
  const base = {
    subject: subjectText(f, names, lang),
    attribute,
    period: periodText(f, lang),
    here,
    count: d.places.length,
  };
  const severity: Severity | undefined = f.carried ? 'warning' : undefined;
  if (!c.expected) {
    const byValue = new Map<string, Fact[]>();
    for (const g of d.places) {
      const key = `${plainDecimal(g.value.value)}|${g.value.decimals}`;
      const list = byValue.get(key);
      if (list) list.push(g);
      else byValue.set(key, [g]);
    }
    const values = [...byValue.values()].map((gs) => `${show(gs[0], gs[0].value, lang)} (${listPlaces(gs, lang)})`).join('; ');
    ctx.report({
      messageId: 'noMajority',
      data: { ...base, values },
      location: f.location,
      related,
      actual: plain(f.value),
      excerpt: f.excerpt,
      severity,
    });
    return;
  }
  const merged = c.also.length > 0;
  const supporters = [...d.supporters, ...c.also.flatMap((x) => x.decision.supporters)].filter((g) => g !== f && !mergedFacts.includes(g));
  ctx.report({
    messageId: merged ? 'differsBoth' : d.computation ? 'implied' : 'differs',
    data: {
      ...base,
      actual: show(f, f.value, lang),
      expected: show(f, c.expected, lang),
      support: d.supporters.length,
      places: listPlaces(supporters, lang),
      computation: d.computation ? computationText(d.computation, lang) : '',
    },
    location: f.location,
    related,
    expected: plain(c.expected),
    actual: plain(f.value),
    excerpt: f.excerpt,
    severity,
  });
}
