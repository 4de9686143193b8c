import { Decimal } from 'decimal.js';
import {
  parseNumber,
  resolveAmbiguous,
  resolveStyle,
  withStyle,
  type NumberStyle,
  type ParsedNumber,
} from '../../src/numbers/parse.js';

function parsed(text: string, hint?: NumberStyle): ParsedNumber {
  const n = parseNumber(text, hint);
  if (!n) throw new Error(`expected ${JSON.stringify(text)} to parse`);
  return n;
}

/** [value as plain text, decimals, style] of the default reading. */
function reading(n: ParsedNumber): [string, number, NumberStyle] {
  return [n.value.toFixed(), n.decimals, n.style];
}

function alternative(n: ParsedNumber): [string, number, NumberStyle] | undefined {
  return n.alternative && [n.alternative.value.toFixed(), n.alternative.decimals, n.alternative.style];
}

describe('parseNumber: separators', () => {
  test.each([
    ['1.234.567,89', '1234567.89', 2, 'id'],
    ['1,234,567.89', '1234567.89', 2, 'en'],
    ['1.000,00', '1000', 2, 'id'],
    ['100,00', '100', 2, 'id'],
    ['10.156.509.099,00', '10156509099', 2, 'id'],
    ['1.357.900.300', '1357900300', 0, 'id'],
    ['217,902,500', '217902500', 0, 'en'],
    ['96.51', '96.51', 2, 'en'],
    ['96,51', '96.51', 2, 'id'],
    ['3.7', '3.7', 1, 'en'],
    ['0,5', '0.5', 1, 'id'],
    ['0,500', '0.5', 3, 'id'],
    ['0.123', '0.123', 3, 'en'],
    ['1234.5', '1234.5', 1, 'en'],
    ['1000.000', '1000', 3, 'en'],
    ['12,3456', '12.3456', 4, 'id'],
    ['87', '87', 0, 'plain'],
    ['007', '7', 0, 'plain'],
    ['1.000,5', '1000.5', 1, 'id'],
    ['1,000.5', '1000.5', 1, 'en'],
  ] as const)('%s -> %s (%i decimals, %s)', (text, value, decimals, style) => {
    const n = parsed(text);
    expect(reading(n)).toEqual([value, decimals, style]);
    expect(n.alternative).toBeUndefined();
    expect(n.raw).toBe(text);
  });

  test('keeps exact digits beyond double precision', () => {
    const n = parsed('9.007.199.254.740.993,0001');
    expect(n.value.equals(new Decimal('9007199254740993.0001'))).toBe(true);
    expect(n.decimals).toBe(4);
  });

  test('raw is the trimmed text', () => {
    expect(parsed('  1.000,00 \n').raw).toBe('1.000,00');
  });
});

describe('parseNumber: ambiguous single separator followed by 3 digits', () => {
  test('"." defaults to Indonesian thousands, alternative English decimal', () => {
    const n = parsed('1.357');
    expect(reading(n)).toEqual(['1357', 0, 'id']);
    expect(alternative(n)).toEqual(['1.357', 3, 'en']);
  });

  test('"," defaults to English thousands, alternative Indonesian decimal', () => {
    const n = parsed('1,000');
    expect(reading(n)).toEqual(['1000', 0, 'en']);
    expect(alternative(n)).toEqual(['1', 3, 'id']);
  });

  test('a % sign makes the decimal reading the default', () => {
    expect(reading(parsed('1.357%'))).toEqual(['1.357', 3, 'en']);
    expect(alternative(parsed('1.357%'))).toEqual(['1357', 0, 'id']);
    expect(reading(parsed('95,218 %'))).toEqual(['95.218', 3, 'id']);
  });

  test('hint picks the reading of that style', () => {
    expect(reading(parsed('1.357', 'en'))).toEqual(['1.357', 3, 'en']);
    expect(alternative(parsed('1.357', 'en'))).toEqual(['1357', 0, 'id']);
    expect(reading(parsed('1.357', 'id'))).toEqual(['1357', 0, 'id']);
    expect(reading(parsed('1,000', 'id'))).toEqual(['1', 3, 'id']);
    expect(reading(parsed('1,000', 'en'))).toEqual(['1000', 0, 'en']);
    // The hint wins over the % default.
    expect(reading(parsed('1.357%', 'id'))).toEqual(['1357', 0, 'id']);
  });

  test('hint does not change an unambiguous number', () => {
    expect(reading(parsed('96.51', 'id'))).toEqual(['96.51', 2, 'en']);
    expect(reading(parsed('1.357.900', 'en'))).toEqual(['1357900', 0, 'id']);
  });

  test.each(['0.357', '1234.567', '1.35', '1.3575', '12,5'])('%s is not ambiguous', (text) => {
    expect(parsed(text).alternative).toBeUndefined();
  });
});

describe('parseNumber: currency, percent, sign, spaces', () => {
  test.each([
    ['Rp 1.000', '1000'],
    ['Rp. 1.357.900.000,-', '1357900000'],
    ['Rp.1.357.900.000,00', '1357900000'],
    ['RP 500', '500'],
    ['IDR 2,500,000', '2500000'],
    ['IDR2.500.000', '2500000'],
    ['1.000,-', '1000'],
    ['1,000.-', '1000'],
    ['Rp\u00a01.000', '1000'],
  ])('%s is currency %s', (text, value) => {
    const n = parsed(text);
    expect(n.currency).toBe(true);
    expect(n.percent).toBe(false);
    expect(n.value.toFixed()).toBe(value);
  });

  test('",-" marks an integer: no decimal alternative, and decimals are rejected', () => {
    expect(parsed('1.000,-').alternative).toBeUndefined();
    expect(reading(parsed('1,000.-'))).toEqual(['1000', 0, 'en']);
    expect(parseNumber('1.5,-')).toBeNull();
    expect(parseNumber('1.000,50,-')).toBeNull();
  });

  test('plain amounts are not currency', () => {
    expect(parsed('1.000').currency).toBe(false);
  });

  test.each([
    ['96,51 %', '96.51', 2],
    ['96,51%', '96.51', 2],
    ['96.51%', '96.51', 2],
    ['100 %', '100', 0],
    ['1,31\u00a0%', '1.31', 2],
  ])('%s is the percentage %s', (text, value, decimals) => {
    const n = parsed(text);
    expect(n.percent).toBe(true);
    expect(n.value.toFixed()).toBe(value);
    expect(n.decimals).toBe(decimals);
  });

  test.each([
    ['-1.000', '-1000'],
    ['\u22125', '-5'],
    ['(1.000)', '-1000'],
    ['(1.000.000,50)', '-1000000.5'],
    ['Rp (1.000)', '-1000'],
    ['(Rp 1.000)', '-1000'],
    ['Rp -1.000', '-1000'],
    ['-Rp 1.000', '-1000'],
    ['-5,2 %', '-5.2'],
  ])('%s is negative %s', (text, value) => {
    expect(parsed(text).value.toFixed()).toBe(value);
  });

  test('negative zero reads as zero', () => {
    expect(parsed('-0,00').value.isNeg()).toBe(false);
  });

  test.each([
    ['1 234 567,89', '1234567.89', 2, 'id'],
    ['1\u00a0234\u00a0567', '1234567', 0, 'plain'],
    ['1\u202f234.5', '1234.5', 1, 'en'],
    ['1\u2009234', '1234', 0, 'plain'],
    ['\u00a0 12 \u2009', '12', 0, 'plain'],
  ] as const)('space grouping %j', (text, value, decimals, style) => {
    expect(reading(parsed(text))).toEqual([value, decimals, style]);
  });

  test.each(['-', '\u2013', '\u2014', '--', '---', ' - '])('dash %j is an empty reading', (text) => {
    const n = parsed(text);
    expect(n.empty).toBe(true);
    expect(n.value.isZero()).toBe(true);
    expect(n.decimals).toBe(0);
    expect(n.currency).toBe(false);
  });

  test('"Rp -" is an empty currency reading', () => {
    const n = parsed('Rp -');
    expect(n.empty).toBe(true);
    expect(n.currency).toBe(true);
  });

  test('numbers are not empty readings', () => {
    expect(parsed('0').empty).toBeUndefined();
  });
});

describe('parseNumber: not a number', () => {
  test.each([
    '',
    '   ',
    'abc',
    '12 orang',
    'Rp',
    'Rp abc',
    '%',
    '1.1.1',
    '1.2.3',
    '7.01.01.2.01.0001',
    '1.000.5',
    '1,000,5',
    '0.123.456',
    '1.23.456',
    '1.000,000.5',
    '1,000.000,5',
    '1.234,567.890',
    '2021-2026',
    '12-05-2023',
    '12/05/2023',
    '1 23',
    '1234 567',
    '1  234',
    '1 234 567.890,5',
    '1.',
    '.5',
    ',5',
    '1,',
    'IV.a',
    '5a',
    '(-1.000)',
    '--5',
    'Rp 5 %',
    '((1))',
    '----',
  ])('%j -> null', (text) => {
    expect(parseNumber(text)).toBeNull();
  });
});

describe('withStyle', () => {
  test('switches to the alternative of that style and keeps the default as the alternative', () => {
    const n = withStyle(parsed('1.357'), 'en');
    expect(reading(n)).toEqual(['1.357', 3, 'en']);
    expect(alternative(n)).toEqual(['1357', 0, 'id']);
    expect(n.raw).toBe('1.357');
  });

  test('returns the number unchanged when it already has the style or has no such reading', () => {
    const ambiguous = parsed('1.357');
    expect(withStyle(ambiguous, 'id')).toBe(ambiguous);
    const plain = parsed('96.51');
    expect(withStyle(plain, 'id')).toBe(plain);
    expect(withStyle(ambiguous, 'plain')).toBe(ambiguous);
  });
});

describe('resolveStyle / resolveAmbiguous', () => {
  const all = (texts: string[]) => texts.map((t) => parseNumber(t));

  test('majority of unambiguous readings', () => {
    expect(resolveStyle(all(['96,51', '1.000.000', '12.5']) as ParsedNumber[])).toBe('id');
    expect(resolveStyle(all(['96.51', '217,902,500', '12,5']) as ParsedNumber[])).toBe('en');
  });

  test('ambiguous, plain and empty readings do not vote', () => {
    expect(resolveStyle(all(['1.357', '1.000', '2.500', '96.51']) as ParsedNumber[])).toBe('en');
    expect(resolveStyle(all(['87', '-', '1 234']) as ParsedNumber[])).toBeUndefined();
  });

  test('undefined when tied or empty', () => {
    expect(resolveStyle([])).toBeUndefined();
    expect(resolveStyle(all(['96,51', '96.51']) as ParsedNumber[])).toBeUndefined();
  });

  test('re-reads ambiguous numbers in the column style, keeping order and nulls', () => {
    const column = resolveAmbiguous(all(['95.21', '1.357', 'n/a', '82.84', '100']));
    expect(column.map((n) => n && n.value.toFixed())).toEqual(['95.21', '1.357', null, '82.84', '100']);
    expect(column[1]?.decimals).toBe(3);
    expect(column[1]?.style).toBe('en');
  });

  test('Indonesian column keeps thousands reading and turns "1,000" into 1.000', () => {
    const column = resolveAmbiguous(all(['1.000.000', '2,5', '1,000']));
    expect(column[2]?.value.toFixed()).toBe('1');
    expect(column[2]?.decimals).toBe(3);
  });

  test('leaves ambiguous numbers alone when no style wins', () => {
    const input = all(['1.357', '87']);
    expect(resolveAmbiguous(input)).toEqual(input);
    expect(resolveAmbiguous(input)[0]?.value.toFixed()).toBe('1357');
  });
});
