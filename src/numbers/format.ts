import { Decimal } from 'decimal.js';

/**
 * The value in plain notation ("1357900300", "82.84"), never with an exponent. With
 * `decimals`, fixed to that many places (half up); otherwise minimal.
 */
export function plainDecimal(v: Decimal, decimals?: number): string {
  const text = decimals === undefined ? v.toFixed() : v.toFixed(decimals, Decimal.ROUND_HALF_UP);
  return /^-[0.]*$/.test(text) ? text.slice(1) : text;
}

/** The value as a report prints it: id "1.357.900.300" / "96,51", en "1,357,900,300" / "96.51". */
export function formatNumber(v: Decimal, decimals: number, lang: 'id' | 'en'): string {
  const [group, point] = lang === 'id' ? ['.', ','] : [',', '.'];
  const text = plainDecimal(v, decimals);
  const negative = text.startsWith('-');
  const [intPart, fracPart] = (negative ? text.slice(1) : text).split('.');
  const grouped = intPart.replace(/\B(?=(\d{3})+$)/g, group);
  return (negative ? '-' : '') + grouped + (fracPart ? point + fracPart : '');
}

/** A plain decimal string as findings carry their figures: "1357900300", "-2.5", "95.21". */
export function isPlainDecimal(v: string | undefined): v is string {
  return v !== undefined && /^-?\d+(\.\d+)?$/.test(v);
}
