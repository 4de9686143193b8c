import { Decimal } from 'decimal.js';
import { Interval, agrees, inputInterval, type RoundingPolicy } from '../numbers/interval.js';
import type { ParsedNumber } from '../numbers/parse.js';

export interface SumCheck {
  ok: boolean;
  expected: Decimal;
  difference: Decimal;
}

/** Does a stated figure equal the sum of others (each taken at its printed precision)? */
export function checkSum(stated: ParsedNumber, parts: ParsedNumber[], policy: RoundingPolicy): SumCheck {
  let sum = Interval.exact(0);
  for (const p of parts) sum = sum.add(inputInterval(p));
  return verdict(stated, sum, policy);
}

/** Does a stated figure equal a computed interval? */
export function verdict(stated: ParsedNumber, computed: Interval, policy: RoundingPolicy): SumCheck {
  const expected = computed.mid();
  const ok = agrees(stated, computed, policy);
  return { ok, expected, difference: stated.value.minus(expected) };
}

/** a − b with both at their printed precision. */
export function difference(a: ParsedNumber, b: ParsedNumber): Interval {
  return inputInterval(a).sub(inputInterval(b));
}

/** numerator / denominator × 100; undefined when the denominator is zero. */
export function percentOf(numerator: ParsedNumber, denominator: ParsedNumber): Interval | undefined {
  return inputInterval(numerator).div(inputInterval(denominator))?.times(100);
}

/** The expected value printed at the stated figure's precision, as a plain decimal string. */
export function expectedAt(expected: Decimal, decimals: number): string {
  return expected.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP).toFixed(decimals);
}
