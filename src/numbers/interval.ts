import { Decimal } from 'decimal.js';
import type { ParsedNumber } from './parse.js';

/**
 * How a printed figure relates to the value it stands for.
 * - `round-or-truncate` (default): a figure printed with d decimals may be the value rounded
 *   or truncated at d decimals (LKjIPs often truncate: 95,218 written 95,21).
 * - `round`: rounding only (strict).
 */
export type RoundingPolicy = 'round-or-truncate' | 'round';

/** A closed interval of decimals (XBRL Calculations 1.1: a stated figure is an interval). */
export class Interval {
  constructor(
    readonly lo: Decimal,
    readonly hi: Decimal,
  ) {}

  static exact(v: Decimal.Value): Interval {
    const d = new Decimal(v);
    return new Interval(d, d);
  }

  add(o: Interval): Interval {
    return new Interval(this.lo.plus(o.lo), this.hi.plus(o.hi));
  }

  sub(o: Interval): Interval {
    return new Interval(this.lo.minus(o.hi), this.hi.minus(o.lo));
  }

  times(k: Decimal.Value): Interval {
    const a = this.lo.times(k);
    const b = this.hi.times(k);
    return a.lte(b) ? new Interval(a, b) : new Interval(b, a);
  }

  /** Quotient; undefined when the divisor interval contains zero. */
  div(o: Interval): Interval | undefined {
    if (o.lo.lte(0) && o.hi.gte(0)) return undefined;
    const c = [this.lo.div(o.lo), this.lo.div(o.hi), this.hi.div(o.lo), this.hi.div(o.hi)];
    return new Interval(Decimal.min(...c), Decimal.max(...c));
  }

  overlaps(o: Interval): boolean {
    return this.lo.lte(o.hi) && o.lo.lte(this.hi);
  }

  contains(v: Decimal): boolean {
    return this.lo.lte(v) && v.lte(this.hi);
  }

  /** Midpoint: the best single estimate, used to print an expected value. */
  mid(): Decimal {
    return this.lo.plus(this.hi).div(2);
  }

  isExact(): boolean {
    return this.lo.eq(this.hi);
  }
}

const UNITS = new Map<number, Decimal>();

/** One unit of the last printed digit; negative decimals for "3,55 miliar" (a unit of 10^7). */
function unit(decimals: number): Decimal {
  let u = UNITS.get(decimals);
  if (!u) UNITS.set(decimals, (u = new Decimal(10).pow(-decimals)));
  return u;
}

/**
 * The values a stated figure can stand for: its rounding interval and, under the default
 * policy, its truncation interval too.
 */
export function statedInterval(n: ParsedNumber, policy: RoundingPolicy): Interval {
  return statedIntervalOf(n.value, n.decimals, policy);
}

export function statedIntervalOf(v: Decimal, decimals: number, policy: RoundingPolicy): Interval {
  const u = unit(decimals);
  const half = u.div(2);
  let lo = v.minus(half);
  let hi = v.plus(half);
  if (policy === 'round-or-truncate') {
    // Truncation goes toward zero: the true value lies between v and v + u (or v - u).
    if (v.gte(0)) hi = Decimal.max(hi, v.plus(u));
    else lo = Decimal.min(lo, v.minus(u));
  }
  return new Interval(lo, hi);
}

/**
 * A stated figure used as an input of a computation. Whole numbers (money, targets such
 * as 87 or 100) are taken as exact; a figure with decimals may itself be rounded, so it
 * stands for its rounding interval (statcheck: recompute at both ends).
 */
export function inputInterval(n: ParsedNumber): Interval {
  let interval = INPUTS.get(n);
  if (!interval) INPUTS.set(n, (interval = inputIntervalOf(n)));
  return interval;
}

// Parsed figures are never changed once read, and each is used as an input by several rules.
const INPUTS = new WeakMap<ParsedNumber, Interval>();

function inputIntervalOf(n: ParsedNumber): Interval {
  if (n.decimals === 0 || n.value.isZero()) return Interval.exact(n.value);
  const half = unit(n.decimals).div(2);
  // Money printed with ",00" is exact to the rupiah.
  if (n.decimals === 2 && n.value.isInteger()) return Interval.exact(n.value);
  return new Interval(n.value.minus(half), n.value.plus(half));
}

/** Does the stated figure agree with a computed interval under the policy? */
export function agrees(stated: ParsedNumber, computed: Interval, policy: RoundingPolicy): boolean {
  return statedInterval(stated, policy).overlaps(computed);
}
