import rule, { countsIn } from '../../rules/village-count.js';
import { parseCountWords } from '../../src/counts/words.js';
import { extractText } from '../../src/extract/text.js';
import { detectMetadata } from '../../src/extract/metadata.js';
import { lintReport } from '../../src/engine/linter.js';
import type { Finding } from '../../src/engine/types.js';
import { lines, lintReference, referenceText, testRule } from '../support/rule-tester.js';
import { banyumas, depok, sail } from '../support/regions.js';

/** Kecamatan Sumpiuh, Kabupaten Banyumas: 3 kelurahan and 11 desa. */
const sumpiuh = (...body: string[]) =>
  lines('LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN 2023', 'KECAMATAN SUMPIUH', 'PEMERINTAH KABUPATEN BANYUMAS', '', 'BAB I PENDAHULUAN', ...body);

testRule(rule, {
  valid: [
    {
      name: 'the right number of kelurahan, in digits, in words and both',
      text: sail(
        'Kecamatan Sail terdiri dari 3 (tiga) kelurahan, yaitu Kelurahan Cinta Raja, Kelurahan Sukamulya dan Kelurahan Sukamaju.',
        'Keberhasilan ini tidak terlepas dari kerja keras Kecamatan Sail dan 3 Kelurahan yang ada.',
        'Wilayah Kecamatan Sail membawahi tiga kelurahan.',
      ),
    },
    {
      name: 'desa of a kabupaten kecamatan; "desa/kelurahan" counts them all',
      text: depok('Kecamatan Depok terdiri atas 3 desa.', 'Kecamatan Depok memiliki 3 desa/kelurahan.'),
    },
    {
      name: 'a kecamatan with kelurahan and desa: each kind, and the loose use of one word for all',
      text: sumpiuh('Kecamatan Sumpiuh terdiri dari 11 desa dan 3 kelurahan.', 'Kecamatan Sumpiuh membawahi 14 desa.'),
    },
    {
      name: 'a part of the kelurahan, not the whole set, is not compared',
      text: sail(
        'Kecamatan Sail memiliki 2 kelurahan yang telah ditetapkan sebagai Kelurahan Tangguh Bencana.',
        'Pada tahun 2023 Kecamatan Sail menyalurkan bantuan kepada 2 kelurahan.',
        'Posyandu aktif terdapat di 2 kelurahan di Kecamatan Sail.',
      ),
    },
    {
      name: 'the counts of the city in a kecamatan report are not the unit\'s own',
      text: sail('Kota Pekanbaru terdiri dari 12 kecamatan dan 58 kelurahan, salah satunya Kecamatan Sail.'),
    },
    {
      name: 'the counts of a regency in the report of its agency',
      text: banyumas('Kabupaten Banyumas terdiri dari 27 kecamatan, 301 desa dan 30 kelurahan.'),
    },
    {
      name: 'digits and words that disagree are left to the count rules',
      text: sail('Kecamatan Sail terdiri dari 3 (empat) kelurahan.'),
    },
  ],
  invalid: [
    {
      name: 'one kelurahan too many',
      text: sail('Kecamatan Sail terdiri dari 4 (empat) kelurahan.'),
      findings: [
        {
          line: 6,
          severity: 'error',
          expected: '3',
          actual: '4',
          message: ['laporan menyebut Kecamatan Sail memiliki 4 (empat) kelurahan', 'menurut daftar resmi Kemendagri Kecamatan Sail memiliki 3 kelurahan (Cinta Raja, Sukamulya, Sukamaju)'],
        },
      ],
    },
    {
      name: 'a number in words, after "meliputi"',
      text: depok('Wilayah Kecamatan Depok meliputi empat desa.'),
      findings: [{ line: 6, expected: '3', actual: '4', message: ['memiliki empat desa', 'memiliki 3 desa (Caturtunggal, Maguwoharjo, Condongcatur)'] }],
    },
    {
      name: '"kecamatan ini" names the unit\'s own kecamatan',
      text: sail('Kecamatan ini terdiri dari 4 kelurahan.'),
      findings: [{ line: 6, expected: '3', actual: '4' }],
    },
    {
      name: '"Kecamatan X dan N Kelurahan yang ada"',
      text: sail('Keberhasilan ini tidak terlepas dari kerja keras Kecamatan Sail dan 5 Kelurahan yang ada.'),
      findings: [{ line: 6, expected: '3', actual: '5' }],
    },
    {
      name: 'a chain of counts of a regency: the wrong one',
      text: banyumas('Kabupaten Banyumas terdiri dari 27 kecamatan, 300 desa dan 30 kelurahan.'),
      findings: [{ line: 5, expected: '301', actual: '300', message: ['Kabupaten Banyumas memiliki 300 desa', 'memiliki 301 desa, 331 desa/kelurahan seluruhnya.'] }],
    },
    {
      name: 'a kecamatan with kelurahan and desa: the message gives the count of the kind and the total',
      text: sumpiuh('Kecamatan Sumpiuh membawahi 15 desa.'),
      findings: [{ line: 6, expected: '11', actual: '15', message: ['Kecamatan Sumpiuh memiliki 11 desa', '14 desa/kelurahan seluruhnya'] }],
    },
    {
      name: 'messages in English',
      lang: 'en',
      text: sail('Kecamatan Sail terdiri dari 4 kelurahan.'),
      findings: [{ line: 6, expected: '3', actual: '4', message: ['the report states that Kecamatan Sail has 4 kelurahan, but in the official Kemendagri list Kecamatan Sail has 3 kelurahan'] }],
    },
  ],
});

describe('village-count: reading counts', () => {
  it('reads digits, words and both', () => {
    expect(countsIn('terdiri dari 4 (empat) kelurahan, dua belas desa dan 7 kecamatan').map((c) => [c.value, c.noun, c.printed])).toEqual([
      [4, 'kelurahan', '4 (empat)'],
      [12, 'desa', 'dua belas'],
      [7, 'kecamatan', '7'],
    ]);
    expect(countsIn('3 desa/kelurahan').map((c) => c.noun)).toEqual(['desa/kelurahan']);
  });

  it('parses Indonesian number words', () => {
    expect(parseCountWords('sebelas')).toBe(11);
    expect(parseCountWords('tiga puluh tujuh')).toBe(37);
    expect(parseCountWords('seratus dua')).toBe(102);
    expect(parseCountWords('tiga ratus satu')).toBe(301);
    expect(parseCountWords('banyak')).toBeUndefined();
  });

  it('does not read a year or an amount as a count', () => {
    expect(countsIn('Tahun 2023 kelurahan')).toEqual([]);
    expect(countsIn('Rp 1.500 kelurahan')).toEqual([]);
  });
});

describe('village-count: the reference report (Kecamatan Dumai Barat, Kota Dumai)', () => {
  let findings: Finding[];
  beforeAll(async () => {
    findings = await lintReference(rule);
  });

  it('leaves "Kecamatan Dumai Barat dan 4 Kelurahan yang ada" alone (Dumai Barat has four kelurahan)', () => {
    expect(findings).toEqual([]);
  });

  it('does read that sentence: with 5 instead of 4 it is flagged at line 1225', () => {
    const text = referenceText().replace('Dumai Barat dan 4 Kelurahan', 'Dumai Barat dan 5 Kelurahan');
    const report = extractText('lkjip-dumai-barat-2023.txt', text);
    report.metadata = detectMetadata(report);
    const changed = lintReport(report, { rules: {}, rounding: 'round-or-truncate', lang: 'id' }, [rule]);
    expect(changed.map((f) => [f.location.line, f.expected, f.actual])).toEqual([[1225, '4', '5']]);
    expect(changed[0].message).toContain('(Pangkalan Sesai, Purnama, Bagan Keladi, Simpang Tetap Darul Ichsan)');
  });
});
