import { Decimal } from 'decimal.js';
import { formatNumber, plainDecimal } from '../../src/numbers/format.js';

describe('plainDecimal', () => {
  test.each([
    ['1357900300', undefined, '1357900300'],
    ['82.84', undefined, '82.84'],
    ['82.8400', undefined, '82.84'],
    ['1e21', undefined, '1000000000000000000000'],
    ['1e-7', undefined, '0.0000001'],
    ['95.218', 2, '95.22'],
    ['95.215', 2, '95.22'],
    ['-95.215', 2, '-95.22'],
    ['95.2', 3, '95.200'],
    ['1357.5', 0, '1358'],
    ['-0.001', 2, '0.00'],
  ] as const)('%s (%s) -> %s', (value, decimals, expected) => {
    expect(plainDecimal(new Decimal(value), decimals)).toBe(expected);
  });
});

describe('formatNumber', () => {
  test.each([
    ['1357900300', 0, 'id', '1.357.900.300'],
    ['1357900300', 0, 'en', '1,357,900,300'],
    ['96.51', 2, 'id', '96,51'],
    ['96.51', 2, 'en', '96.51'],
    ['1000', 2, 'id', '1.000,00'],
    ['999', 0, 'id', '999'],
    ['1234567.891', 2, 'en', '1,234,567.89'],
    ['-1234.5', 1, 'id', '-1.234,5'],
    ['-0.004', 2, 'en', '0.00'],
    ['1e21', 0, 'en', '1,000,000,000,000,000,000,000'],
  ] as const)('%s with %i decimals in %s -> %s', (value, decimals, lang, expected) => {
    expect(formatNumber(new Decimal(value), decimals, lang)).toBe(expected);
  });
});
