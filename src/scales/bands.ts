import { Decimal } from 'decimal.js';
import type { Bound, ScaleInterval } from './read.js';
import { meetsRange } from './read.js';

/** What the band logic needs of a band, printed or standard. */
export interface BandLike {
  label: string;
  key: string;
  interval: ScaleInterval;
}

export interface Placement<B extends BandLike> {
  /**
   * The bands the value may be given: those its printed range meets; above the top band, the
   * top band; below the bottom, the bottom band; in a gap between two bands, both neighbours.
   */
  bands: B[];
  where: 'in' | 'above' | 'below' | 'gap';
}

const above = (i: ScaleInterval, v: Decimal) => i.hi !== undefined && (i.hi.closed ? v.gt(i.hi.value) : v.gte(i.hi.value));
const below = (i: ScaleInterval, v: Decimal) => i.lo !== undefined && (i.lo.closed ? v.lt(i.lo.value) : v.lte(i.lo.value));

/** Upper ends compared, an open-ended band being +∞; at equal values a closed end reaches further. */
function cmpHi(a?: Bound, b?: Bound): number {
  if (!a || !b) return !a && !b ? 0 : !a ? 1 : -1;
  const c = a.value.cmp(b.value);
  return c !== 0 ? c : a.closed === b.closed ? 0 : a.closed ? 1 : -1;
}

/** Lower ends compared, −∞ first; at equal values a closed end starts earlier. */
function cmpLo(a?: Bound, b?: Bound): number {
  if (!a || !b) return !a && !b ? 0 : !a ? -1 : 1;
  const c = a.value.cmp(b.value);
  return c !== 0 ? c : a.closed === b.closed ? 0 : a.closed ? -1 : 1;
}

/** Where a value printed as a figure standing for [lo, hi] falls on a scale. */
export function place<B extends BandLike>(bands: B[], lo: Decimal, hi: Decimal): Placement<B> {
  const hits = bands.filter((b) => meetsRange(b.interval, lo, hi));
  if (hits.length) return { bands: hits, where: 'in' };
  const under = bands.filter((b) => above(b.interval, lo));
  const over = bands.filter((b) => below(b.interval, hi));
  if (over.length === 0 && under.length) {
    const top = under.reduce((x, y) => (cmpHi(y.interval.hi, x.interval.hi) > 0 ? y : x));
    return { bands: [top], where: 'above' };
  }
  if (under.length === 0 && over.length) {
    const bottom = over.reduce((x, y) => (cmpLo(y.interval.lo, x.interval.lo) < 0 ? y : x));
    return { bands: [bottom], where: 'below' };
  }
  const left = under.reduce((x, y) => (cmpHi(y.interval.hi, x.interval.hi) > 0 ? y : x));
  const right = over.reduce((x, y) => (cmpLo(y.interval.lo, x.interval.lo) < 0 ? y : x));
  return { bands: [left, right], where: 'gap' };
}

export interface ScaleIssue<B extends BandLike> {
  kind: 'overlap' | 'gap';
  /** The two bands: `a` the lower one. */
  a: B;
  b: B;
  /** The values in both (overlap) or in neither (gap). */
  range: ScaleInterval;
}

function intersection(x: ScaleInterval, y: ScaleInterval): ScaleInterval | undefined {
  const lo = cmpLo(x.lo, y.lo) >= 0 ? x.lo : y.lo;
  const hi = cmpHi(x.hi, y.hi) <= 0 ? x.hi : y.hi;
  if (lo && hi) {
    const c = lo.value.cmp(hi.value);
    if (c > 0 || (c === 0 && !(lo.closed && hi.closed))) return undefined;
  }
  return { lo, hi, text: '' };
}

/** Overlapping bands (every pair) and gaps between consecutive bands, from the bottom of the scale up. */
export function scaleIssues<B extends BandLike>(bands: B[]): ScaleIssue<B>[] {
  const out: ScaleIssue<B>[] = [];
  const sorted = [...bands].sort((x, y) => cmpLo(x.interval.lo, y.interval.lo) || cmpHi(x.interval.hi, y.interval.hi));
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length; j++) {
      const range = intersection(sorted[i].interval, sorted[j].interval);
      if (range) out.push({ kind: 'overlap', a: sorted[i], b: sorted[j], range });
    }
  }
  let reach = sorted[0];
  for (const b of sorted.slice(1)) {
    const r = reach.interval.hi;
    if (!r) break;
    const l = b.interval.lo;
    if (l && (l.value.gt(r.value) || (l.value.eq(r.value) && !l.closed && !r.closed))) {
      out.push({ kind: 'gap', a: reach, b, range: { lo: { value: r.value, closed: !r.closed }, hi: { value: l.value, closed: !l.closed }, text: '' } });
    }
    if (cmpHi(b.interval.hi, r) > 0) reach = b;
  }
  return out;
}

/** Does the range hold a whole number? (The gaps of a scale of whole-number bands do not.) */
export function holdsWholeNumber(range: ScaleInterval): boolean {
  if (!range.lo || !range.hi) return true;
  const first = range.lo.closed ? range.lo.value.ceil() : range.lo.value.floor().plus(1);
  return range.hi.closed ? first.lte(range.hi.value) : first.lt(range.hi.value);
}

/**
 * The whole numbers from 0 to 100 a band holds, as [first, last] (empty: first > last). Bands are
 * compared this way with a regulation that states whole-number bands: "76 ≤ x < 91" and
 * "76–90" rate every whole number alike; "≥ 90" puts 90 where "91–100" does not. Values above
 * 100 (an open top band) and below 0 are left out: reports commonly give them the end bands.
 */
export function wholeNumbers(i: ScaleInterval): [number, number] {
  let first = 0;
  let last = 100;
  if (i.lo) first = Math.max(first, (i.lo.closed ? i.lo.value.ceil() : i.lo.value.floor().plus(1)).toNumber());
  if (i.hi) last = Math.min(last, (i.hi.closed ? i.hi.value.floor() : i.hi.value.ceil().minus(1)).toNumber());
  return [first, last];
}

export function sameWholeNumbers(x: ScaleInterval, y: ScaleInterval): boolean {
  const [a, b] = wholeNumbers(x);
  const [c, e] = wholeNumbers(y);
  return (a > b && c > e) || (a === c && b === e);
}
