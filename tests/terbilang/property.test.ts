import { createRequire } from 'node:module';
import fc from 'fast-check';
import { Decimal } from 'decimal.js';
import { parseTerbilang } from '../../src/terbilang/parse.js';

/** The oracle: @develoka/angka-terbilang-js (CommonJS, untyped): `angkaTerbilang(digits: string) → words`. */
const require = createRequire(import.meta.url);
const angkaTerbilang = require('@develoka/angka-terbilang-js') as (target: string | number, settings?: { decimal: string }) => string;

const MAX = 10n ** 15n;
const amount = fc.bigInt({ min: 0n, max: MAX });
/** Amounts of every magnitude, not only the large ones a uniform draw gives. */
const anyMagnitude = fc.oneof(amount, fc.bigInt({ min: 0n, max: 10n ** 6n }), fc.bigInt({ min: 0n, max: 10n ** 10n }));

type Case = 'lower' | 'title' | 'upper' | 'random';
const recase = (w: string, c: Case, flips: boolean[]) => {
  if (c === 'lower') return w;
  if (c === 'upper') return w.toUpperCase();
  if (c === 'title') return w[0].toUpperCase() + w.slice(1);
  return [...w].map((ch, i) => (flips[i % flips.length] ? ch.toUpperCase() : ch)).join('');
};

describe('parseTerbilang against @develoka/angka-terbilang-js', () => {
  it('the oracle is what we think it is', () => {
    expect(angkaTerbilang('1357900300')).toBe('satu milyar tiga ratus lima puluh tujuh juta sembilan ratus ribu tiga ratus');
  });

  it('reads back every integer up to 10^15', () => {
    fc.assert(
      fc.property(anyMagnitude, (n) => {
        const words = angkaTerbilang(n.toString());
        const r = parseTerbilang(words);
        expect(r?.value.toFixed()).toBe(n.toString());
        expect(r?.unknown).toBeUndefined();
        expect(r?.issues).toBeUndefined();
      }),
      { numRuns: 1500 },
    );
  });

  it('with random capitalisation, spacing, miliar/milyar, triliun/trilyun, se-/satu and a Rupiah suffix', () => {
    fc.assert(
      fc.property(
        anyMagnitude,
        fc.constantFrom<Case>('lower', 'title', 'upper', 'random'),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 7 }),
        fc.array(fc.constantFrom(' ', '  ', '', '\t', ' - ', '\n'), { minLength: 1, maxLength: 5 }),
        fc.record({ milyar: fc.boolean(), trilyun: fc.boolean(), hyphenSe: fc.boolean(), satu: fc.boolean(), rupiah: fc.constantFrom('', ' Rupiah', ' rupiah', ' RUPIAH saja') }),
        (n, casing, flips, gaps, v) => {
          let words = angkaTerbilang(n.toString()).split(' ');
          words = words.map((w) => {
            if (w === 'milyar' && !v.milyar) return 'miliar';
            if (w === 'triliun' && v.trilyun) return 'trilyun';
            if (v.hyphenSe && /^se(ratus|ribu)$/.test(w)) return `se-${w.slice(2)}`;
            if (v.satu && /^se(ratus|ribu)$/.test(w)) return `satu ${w.slice(2)}`;
            return w;
          });
          const text = words.map((w, i) => recase(w, casing, flips) + (i < words.length - 1 ? gaps[i % gaps.length] : '')).join('') + v.rupiah;
          const r = parseTerbilang(text);
          expect(r?.value.toFixed()).toBe(n.toString());
          expect(r?.unknown).toBeUndefined();
          expect(r?.rupiah).toBe(v.rupiah ? true : undefined);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('reads the oracle\'s decimals ("koma" digit by digit)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.stringMatching(/^[0-9]{1,4}$/), (n, frac) => {
        const words = angkaTerbilang(`${n}.${frac}`);
        expect(parseTerbilang(words)?.value.toFixed()).toBe(new Decimal(`${n}.${frac}`).toFixed());
      }),
    );
  });

  it('a dropped scale word gives the literal reading, a missing-scale issue, and a repair only when it is the true one', () => {
    fc.assert(
      fc.property(amount, fc.nat(), (n, pick) => {
        const words = angkaTerbilang(n.toString()).split(' ');
        // Scale words followed by a group that opens with hundreds, so the words around the gap
        // cannot merge into one well-formed group ("dua ratus ribu lima" without "ribu" is the
        // well-formed "dua ratus lima", 205, with nothing missing to see).
        const scales = words
          .map((w, i) => ({ w, i }))
          .filter(({ w, i }) => /^(ribu|juta|milyar|triliun)$/.test(w) && (words[i + 1] === 'seratus' || words[i + 2] === 'ratus'));
        fc.pre(scales.length > 0);
        const { w, i } = scales[pick % scales.length];
        const exp = { ribu: 3, juta: 6, milyar: 9, triliun: 12 }[w]!;
        // The group's value: the words since the previous scale word.
        let k = i - 1;
        while (k >= 0 && !/^(ribu|juta|milyar|triliun|seribu|quadriliun)$/.test(words[k])) k--;
        const group = parseTerbilang(words.slice(k + 1, i).join(' '))!.value;
        const r = parseTerbilang([...words.slice(0, i), ...words.slice(i + 1)].join(' '))!;
        const literal = new Decimal(n.toString()).minus(group.times(new Decimal(10).pow(exp))).plus(group);
        expect(r.value.toFixed()).toBe(literal.toFixed());
        expect(r.issues?.some((x) => x.kind === 'missing-scale')).toBe(true);
        for (const issue of r.issues!) if (issue.repaired) expect(issue.repaired.toFixed()).toBe(n.toString());
      }),
      { numRuns: 1000 },
    );
  });
});
