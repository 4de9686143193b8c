import fc from 'fast-check';
import { Decimal } from 'decimal.js';
import { findNumbers, parseNumber, type ParsedNumber } from '../../src/numbers/parse.js';

type Style = 'id' | 'en';
type Grouping = 'marks' | 'space' | 'none';
type Decoration = 'none' | 'rp' | 'rp-dot' | 'suffix' | 'percent' | 'percent-space';

interface Printed {
  text: string;
  value: Decimal;
  decimals: number;
  style: Style;
  /** Our own account of when the separators allow two readings. */
  ambiguous: boolean;
}

const GROUP_SPACES = ['\u00a0', '\u202f', '\u2009'];

function group(digits: string, sep: string): string {
  const groups: string[] = [];
  for (let end = digits.length; end > 0; end -= 3) groups.unshift(digits.slice(Math.max(0, end - 3), end));
  return groups.join(sep);
}

function print(
  int: bigint,
  frac: string,
  negative: boolean,
  style: Style,
  grouping: Grouping,
  space: string,
  decoration: Decoration,
): Printed {
  const [thousands, point] = style === 'id' ? ['.', ','] : [',', '.'];
  const digits = int.toString();
  const groupSep = grouping === 'marks' ? thousands : grouping === 'space' ? space : '';
  let body = (negative ? '-' : '') + group(digits, groupSep) + (frac ? point + frac : '');
  if (decoration === 'rp') body = `Rp ${body}`;
  if (decoration === 'rp-dot') body = `Rp.${body}`;
  if (decoration === 'suffix') body = `${body}${style === 'id' ? ',-' : '.-'}`;
  if (decoration === 'percent') body = `${body}%`;
  if (decoration === 'percent-space') body = `${body} %`;
  const intHasOneMark = grouping === 'marks' && digits.length >= 4 && digits.length <= 6;
  const ambiguous =
    decoration !== 'suffix' &&
    ((frac === '' && intHasOneMark) || (frac.length === 3 && int >= 1n && int <= 999n));
  return {
    text: body,
    value: new Decimal(`${negative ? '-' : ''}${digits}${frac ? `.${frac}` : ''}`),
    decimals: frac.length,
    style,
    ambiguous,
  };
}

const printedArb: fc.Arbitrary<Printed> = fc
  .record({
    int: fc.bigInt(0n, 10n ** 15n),
    frac: fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 0, maxLength: 4 }),
    negative: fc.boolean(),
    style: fc.constantFrom<Style>('id', 'en'),
    grouping: fc.constantFrom<Grouping>('marks', 'space', 'none'),
    space: fc.constantFrom(...GROUP_SPACES),
    decoration: fc.constantFrom<Decoration>('none', 'rp', 'rp-dot', 'suffix', 'percent', 'percent-space'),
  })
  .map(({ int, frac, negative, style, grouping, space, decoration }) =>
    print(int, decoration === 'suffix' ? '' : frac, negative, style, grouping, space, decoration),
  );

const isTrue = (p: Printed, value: Decimal, decimals: number) => value.equals(p.value) && decimals === p.decimals;

function matchesReading(p: Printed, n: ParsedNumber): boolean {
  if (isTrue(p, n.value, n.decimals)) return true;
  return p.ambiguous && n.alternative !== undefined && isTrue(p, n.alternative.value, n.alternative.decimals);
}

describe('property: printed numbers parse back exactly', () => {
  test('Indonesian and English printing, with Rp, ",-", %, NBSP grouping', () => {
    fc.assert(
      fc.property(printedArb, (p) => {
        const n = parseNumber(p.text);
        expect(n).not.toBeNull();
        if (!n) return;
        if (p.ambiguous) {
          expect(n.alternative).toBeDefined();
          expect(matchesReading(p, n)).toBe(true);
        } else {
          expect(n.alternative).toBeUndefined();
          expect(n.value.equals(p.value)).toBe(true);
          expect(n.decimals).toBe(p.decimals);
        }
        expect(n.percent).toBe(p.text.endsWith('%'));
        expect(n.currency).toBe(/^Rp|-$/.test(p.text));
      }),
      { numRuns: 2000 },
    );
  });

  test('the hint picks the true reading', () => {
    fc.assert(
      fc.property(printedArb, (p) => {
        const n = parseNumber(p.text, p.style);
        expect(n).not.toBeNull();
        expect(n!.value.equals(p.value)).toBe(true);
        expect(n!.decimals).toBe(p.decimals);
        // A separator that was printed tells the style.
        if (/[.,]\d/.test(p.text.replace(/^Rp\.?/, ''))) expect(n!.style).toBe(p.style);
      }),
      { numRuns: 2000 },
    );
  });

  test('findNumbers finds every number of a sentence in order', () => {
    const word = fc.constantFrom('sebesar', 'dan', 'capaian', 'anggaran', 'realisasi', 'atau', 'tahun', 'target');
    const item = fc.record({ word, number: printedArb, punctuation: fc.constantFrom('', '.', ',') });
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 8 }), word, (items, last) => {
        const text = items.map((i) => `${i.word} ${i.number.text}${i.punctuation}`).join(' ') + ` ${last}`;
        const found = findNumbers(text);
        expect(found.map((f) => text.slice(f.start, f.end))).toEqual(items.map((i) => i.number.text));
        found.forEach((f, k) => expect(matchesReading(items[k].number, f.number)).toBe(true));
      }),
      { numRuns: 500 },
    );
  });
});
