import { clip } from '../src/text/clip.js';
import { Decimal } from 'decimal.js';
import type { Lang, RelatedLocation, Rule, RuleContext } from '../src/engine/types.js';
import { Interval, agrees, inputInterval } from '../src/numbers/interval.js';
import type { FoundNumber, ParsedNumber } from '../src/numbers/parse.js';
import { plainDecimal, showNumber, showStated } from '../src/rulekit/describe.js';
import { lowerIsBetter } from '../src/rulekit/polarity.js';
import { claimsOf, mayClaim, type DirectionClaim, type TargetClaim, type TargetRelation } from '../src/narrative/claims.js';
import { FigureTable, passageFigures, sentencesOf, type Figure, type Measure } from '../src/narrative/figures.js';
import { indicatorIndex, type IndicatorIndex } from '../src/narrative/indicators.js';
import { narrativeOf, paragraphAt, type Narrative, type Passage } from '../src/narrative/passages.js';

/**
 * Sentences of the analysis that state a direction ("capaian tahun 2023 menurun sebesar
 * 19,62%", "menunjukkan capaian yang meningkat") or a standing against the target ("melebihi
 * target", "belum mencapai target") must agree with the figures they describe: those of the
 * same passage, and those given for the same indicator under the same numbered item.
 */
const rule: Rule = {
  meta: {
    id: 'narrative-claim',
    family: 'narrative',
    defaultSeverity: 'error',
    description: {
      id: 'Kalimat analisis yang menyatakan naik/turun, besar perubahan, atau posisi terhadap target harus sesuai dengan angka yang diuraikannya.',
      en: 'Sentences of the analysis stating a rise or fall, the size of a change, or the standing against the target must agree with the figures they describe.',
    },
    docs: 'docs/rules/narrative-claim.md',
    messages: {
      direction: {
        id: 'Kalimat menyatakan {measure} {claimed} ("{phrase}"), padahal {measure} tahun {year} {current} dibanding tahun {baseYear} {previous}: {actualDirection} {difference} poin.',
        en: 'The sentence states that {measure} {claimed} ("{phrase}"), but {measure} was {current} in {year} against {previous} in {baseYear}: {actualDirection} of {difference} points.',
      },
      directionFromTo: {
        id: 'Kalimat menyatakan {measure} {claimed} ("{phrase}"), padahal dari {previous} menjadi {current} adalah {actualDirection} {difference} poin.',
        en: 'The sentence states that {measure} {claimed} ("{phrase}"), but going from {previous} to {current} is {actualDirection} of {difference} points.',
      },
      change: {
        id: 'Kalimat menyebut perubahan {measure} sebesar {actual} ("{phrase}"), padahal {measure} tahun {year} {current} − tahun {baseYear} {previous} = {signed} poin (perubahan relatif {relative}).',
        en: 'The sentence gives a change in {measure} of {actual} ("{phrase}"), but {measure} {current} in {year} − {previous} in {baseYear} = {signed} points (relative change {relative}).',
      },
      changeFromTo: {
        id: 'Kalimat menyebut perubahan {measure} sebesar {actual} ("{phrase}"), padahal {current} − {previous} = {signed} poin (perubahan relatif {relative}).',
        en: 'The sentence gives a change in {measure} of {actual} ("{phrase}"), but {current} − {previous} = {signed} points (relative change {relative}).',
      },
      target: {
        id: 'Kalimat menyatakan capaian{indicator} {claimed} ("{phrase}"), padahal pada tahun {year} {evidence}.',
        en: 'The sentence states that the achievement{indicator} {claimed} ("{phrase}"), but in {year} {evidence}.',
      },
    },
  },
  check(ctx) {
    const reportYear = ctx.doc.report.metadata.year;
    const narrative = narrativeOf(ctx.doc.blocks);
    const state: State = { ctx, reportYear, narrative, blockCache: new Map() };
    for (const passage of narrative.passages) {
      if (!mayClaim(passage.text)) continue;
      const claims = sentencesOf(passage.text).flatMap(claimsOf);
      if (claims.length === 0) continue;
      state.index ??= indicatorIndex(ctx.doc.tables, ctx.doc.paragraphs);
      const figures = new FigureTable(tag(passageFigures(passage.text, reportYear), passage));
      const named = state.index.mentions(passage.text);
      for (const claim of claims) {
        const lookup = lookupFor(state, passage, figures, named, claim.sentence.text);
        if (!lookup) continue;
        if (claim.kind === 'direction') checkDirection(state, passage, claim, lookup);
        else checkTarget(state, passage, claim, lookup);
      }
    }
  },
};

export default rule;

interface State {
  ctx: RuleContext;
  reportYear?: number;
  narrative: Narrative;
  index?: IndicatorIndex;
  blockCache: Map<number, { figures: FigureTable; named: string[]; numbered: boolean }>;
}

interface Placed extends Figure {
  passage: Passage;
}

function tag(figures: Figure[], passage: Passage): Placed[] {
  return figures.map((f) => ({ ...f, passage }));
}

interface Lookup {
  /** The indicator the claim is about, when known. */
  indicator?: string;
  get(measure: Measure, year: number): Placed | undefined;
  /**
   * The claim's subject is clear without figures of its own passage: its sentence names the
   * indicator, or it is an item (b., c. …) of a numbered block about one indicator. Otherwise
   * a claim is checked only when its passage gives at least one of the figures.
   */
  subjectClear: boolean;
}

/**
 * Where a claim's figures come from: its passage, then the other passages of its block when
 * the block is a numbered item speaking of one indicator only, the same as the claim's. A sentence naming two
 * indicators, or a passage naming two when the sentence names none, is not clear enough.
 */
function lookupFor(state: State, passage: Passage, figures: FigureTable, passageNamed: string[], sentence: string): Lookup | undefined {
  const inSentence = state.index!.mentions(sentence);
  if (inSentence.length > 1) return undefined;
  if (inSentence.length === 0 && passageNamed.length > 1) return undefined;
  const indicator = inSentence[0] ?? passageNamed[0];
  let block = state.blockCache.get(passage.block);
  if (!block) {
    const passages = state.narrative.blocks[passage.block].passages;
    const all: Placed[] = [];
    const names = new Set<string>();
    for (const p of passages) {
      all.push(...tag(passageFigures(p.text, state.reportYear), p));
      for (const n of state.index!.mentions(p.text)) names.add(n);
    }
    block = { figures: new FigureTable(all), named: [...names], numbered: state.narrative.blocks[passage.block].numbered };
    state.blockCache.set(passage.block, block);
  }
  // Only what is said under one numbered item, about one indicator (or none named), is read together.
  const blockUsable = block.numbered && (block.named.length === 0 || (block.named.length === 1 && (indicator === undefined || block.named[0] === indicator)));
  const item = passage.parts[0].paragraph.marker !== undefined && !/^[-•]$/.test(passage.parts[0].paragraph.marker);
  return {
    indicator: indicator ?? (blockUsable && block.named.length === 1 ? block.named[0] : undefined),
    subjectClear: inSentence.length === 1 || (item && block.named.length === 1 && blockUsable),
    get(measure, year) {
      const own = figures.get(measure, year) as Placed | undefined;
      if (own || figures.has(measure, year)) return own;
      return blockUsable ? (block.figures.get(measure, year) as Placed | undefined) : undefined;
    },
  };
}

const MEASURE_WORD: Record<'capaian' | 'realisasi', { id: string; en: string }> = {
  capaian: { id: 'capaian', en: 'the achievement' },
  realisasi: { id: 'realisasi', en: 'the actual value' },
};

const CLAIMED: Record<'up' | 'down', { id: string; en: string }> = {
  up: { id: 'meningkat', en: 'increased' },
  down: { id: 'menurun', en: 'decreased' },
};

const ACTUAL_DIRECTION: Record<'up' | 'down', { id: string; en: string }> = {
  up: { id: 'naik', en: 'an increase' },
  down: { id: 'turun', en: 'a decrease' },
};

const show = (n: ParsedNumber, lang: Lang) => showStated(n, lang, n.percent ? 'percent' : undefined);

/** A figure for a message: a capaian is a percentage, whether or not the text printed the sign. */
const showAs = (n: ParsedNumber, measure: Measure, lang: Lang) => showStated(n, lang, n.percent || measure === 'capaian' ? 'percent' : undefined);

const FIGURE_NAME: Record<Measure, { id: string; en: string }> = {
  target: { id: 'target', en: 'target' },
  realisasi: { id: 'realisasi', en: 'actual' },
  capaian: { id: 'capaian', en: 'achievement' },
};

function absolute(i: Interval): Interval {
  if (i.lo.gte(0)) return i;
  if (i.hi.lte(0)) return new Interval(i.hi.neg(), i.lo.neg());
  return new Interval(new Decimal(0), Decimal.max(i.lo.abs(), i.hi.abs()));
}


function related(figures: Placed[], lang: Lang): RelatedLocation[] {
  return figures.map((f) => ({
    location: paragraphAt(f.passage, f.start).loc,
    note: `${FIGURE_NAME[f.measure][lang]}${f.year !== undefined ? ` ${f.year}` : ''}: ${showAs(f.found.number, f.measure, lang)}`,
  }));
}

function claimLocation(passage: Passage, claim: DirectionClaim | TargetClaim) {
  return paragraphAt(passage, claim.sentence.start + claim.start).loc;
}

function checkDirection(state: State, passage: Passage, claim: DirectionClaim, lookup: Lookup): void {
  const { ctx } = state;
  const lang = ctx.lang;
  let current: FoundNumber;
  let previous: FoundNumber;
  let used: Placed[] = [];
  let year: number | undefined;
  let baseYear: number | undefined;
  if (claim.from && claim.to) {
    current = claim.to;
    previous = claim.from;
  } else {
    year = claim.year ?? state.reportYear;
    if (year === undefined) return;
    baseYear = claim.baseYear ?? year - 1;
    if (baseYear >= year) return;
    const cur = lookup.get(claim.measure, year);
    const prev = lookup.get(claim.measure, baseYear);
    if (!cur || !prev) return;
    if (!lookup.subjectClear && cur.passage !== passage && prev.passage !== passage) return;
    current = cur.found;
    previous = prev.found;
    used = [cur, prev];
  }
  const d = inputInterval(current.number).sub(inputInterval(previous.number));
  const decimals = Math.max(current.number.decimals, previous.number.decimals);
  const diff = current.number.value.minus(previous.number.value);
  const location = claimLocation(passage, claim);
  const excerpt = clip(claim.sentence.text.trim(), 240);
  const fromTo = year === undefined;
  const wrongDirection = claim.direction === 'up' ? d.hi.lt(0) : d.lo.gt(0);
  const base = {
    measure: MEASURE_WORD[claim.measure][lang],
    phrase: clip(claim.phrase.trim(), 90),
    current: fromTo ? show(current.number, lang) : showAs(current.number, claim.measure, lang),
    previous: fromTo ? show(previous.number, lang) : showAs(previous.number, claim.measure, lang),
    year: year ?? '',
    baseYear: baseYear ?? '',
  };
  if (wrongDirection) {
    const actual: 'up' | 'down' = diff.gt(0) ? 'up' : 'down';
    ctx.report({
      messageId: fromTo ? 'directionFromTo' : 'direction',
      data: {
        ...base,
        claimed: CLAIMED[claim.direction][lang],
        actualDirection: ACTUAL_DIRECTION[actual][lang],
        difference: showNumber(diff.abs(), decimals, lang),
      },
      location,
      related: related(used, lang),
      expected: CLAIMED[actual].id,
      actual: CLAIMED[claim.direction].id,
      excerpt,
    });
  }
  const change = claim.change;
  if (!change || claim.approximate) return;
  // "meningkat dibandingkan tahun 2022 sebesar 98,94%" states last year's figure, not the change:
  // taken so when it is nearer to that figure than to the difference.
  if (claim.baseYear !== undefined && change.number.value.minus(previous.number.value).abs().lt(change.number.value.minus(diff.abs()).abs())) return;
  const points = absolute(d);
  const prevIv = inputInterval(previous.number);
  const rel = prevIv.lo.gt(0) ? d.div(prevIv)?.times(100) : undefined;
  if (agrees(change.number, points, ctx.rounding) || (rel && agrees(change.number, absolute(rel), ctx.rounding))) return;
  const relValue = previous.number.value.isZero() ? undefined : diff.div(previous.number.value).times(100);
  ctx.report({
    messageId: fromTo ? 'changeFromTo' : 'change',
    data: {
      ...base,
      actual: show(change.number, lang),
      signed: `${diff.isNegative() ? '−' : '+'}${showNumber(diff.abs(), decimals, lang)}`,
      relative: relValue ? `${relValue.isNegative() ? '−' : '+'}${showNumber(relValue.abs(), 2, lang)}%` : '-',
    },
    location,
    related: related(used, lang),
    expected: plainDecimal(diff.abs(), change.number.decimals),
    actual: plainDecimal(change.number.value),
    excerpt,
  });
}

type Standing = 'above' | 'reached' | 'below';

function capaianStanding(c: ParsedNumber): Standing {
  const iv = inputInterval(c);
  if (iv.hi.lt(100)) return 'below';
  if (iv.lo.gt(100)) return 'above';
  return 'reached';
}

function realisasiStanding(r: ParsedNumber, t: ParsedNumber): Standing {
  const a = inputInterval(r);
  const b = inputInterval(t);
  if (a.hi.lt(b.lo)) return 'below';
  if (a.lo.gt(b.hi)) return 'above';
  return 'reached';
}

const CLAIMED_TARGET: Record<TargetRelation, { id: string; en: string }> = {
  above: { id: 'melebihi target', en: 'exceeds the target' },
  reached: { id: 'mencapai target', en: 'meets the target' },
  below: { id: 'belum mencapai target', en: 'falls short of the target' },
};

const STANDING_WORD: Record<Standing, { id: string; en: string }> = {
  above: { id: 'di atas', en: 'above' },
  reached: { id: 'sama dengan', en: 'equal to' },
  below: { id: 'di bawah', en: 'below' },
};

const STANDING_TEXT: Record<Standing, string> = { above: 'di atas target', reached: 'mencapai target', below: 'di bawah target' };

function checkTarget(state: State, passage: Passage, claim: TargetClaim, lookup: Lookup): void {
  const { ctx } = state;
  const lang = ctx.lang;
  const year = claim.year ?? state.reportYear;
  if (year === undefined) return;
  const c = lookup.get('capaian', year);
  const lower = lookup.indicator !== undefined && lowerIsBetter(lookup.indicator);
  const r = lower ? undefined : lookup.get('realisasi', year);
  const t = lower ? undefined : lookup.get('target', year);
  const byC = c ? capaianStanding(c.found.number) : undefined;
  const byRT = r && t ? realisasiStanding(r.found.number, t.found.number) : undefined;
  // The capaian and the realisasi against the target must tell the same story.
  if (byC && byRT && (byC === 'below') !== (byRT === 'below')) return;
  const standing = byC ?? byRT;
  if (!standing) return;
  const used = [c, r && t ? r : undefined, r && t ? t : undefined].filter((x): x is Placed => x !== undefined);
  if (!lookup.subjectClear && !used.some((f) => f.passage === passage)) return;
  const wrong =
    ((claim.relation === 'above' || claim.relation === 'reached') && standing === 'below') || (claim.relation === 'below' && standing !== 'below');
  if (!wrong) return;
  const parts: string[] = [];
  if (r && t && byRT) {
    parts.push(
      lang === 'id'
        ? `realisasi ${show(r.found.number, lang)} ${STANDING_WORD[byRT].id} target ${show(t.found.number, lang)}`
        : `the actual value ${show(r.found.number, lang)} is ${STANDING_WORD[byRT].en} the target ${show(t.found.number, lang)}`,
    );
  }
  if (c) {
    const cap = showAs(c.found.number, 'capaian', lang);
    parts.push(
      parts.length
        ? `(${lang === 'id' ? 'capaian' : 'achievement'} ${cap})`
        : lang === 'id'
          ? `capaian ${cap} ${STANDING_WORD[standing].id} 100%`
          : `the achievement ${cap} is ${STANDING_WORD[standing].en} 100%`,
    );
  }
  ctx.report({
    messageId: 'target',
    data: {
      indicator: lookup.indicator ? (lang === 'id' ? ` indikator "${lookup.indicator}"` : ` of the indicator "${lookup.indicator}"`) : '',
      claimed: CLAIMED_TARGET[claim.relation][lang],
      phrase: clip(claim.phrase.trim(), 90),
      year,
      evidence: parts.join(' '),
    },
    location: claimLocation(passage, claim),
    related: related(used, lang),
    expected: STANDING_TEXT[standing],
    actual: claim.phrase.trim(),
    excerpt: clip(claim.sentence.text.trim(), 240),
  });
}
