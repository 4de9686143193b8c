import rule from '../../rules/amount-in-words.js';
import type { Finding } from '../../src/engine/types.js';
import { lines, lintReference, lintWith, row, testRule } from '../support/rule-tester.js';

/** Kecamatan Tampan, Kota Pekanbaru: line 1 heading, line 2 the budget sentence. */
const tampan = (amount: string, words: string) =>
  lines(
    '3.7. Akuntabilitas Keuangan',
    `Dalam melaksanakan tugas dan fungsi, Kecamatan Tampan Kota Pekanbaru pada Tahun 2023 didukung dengan anggaran sebesar ${amount} (${words}) yang bersumber dari APBD Kota Pekanbaru.`,
  );

testRule(rule, {
  valid: [
    {
      name: 'digits and words agree (Rp. …,- and a Rupiah suffix)',
      text: tampan('Rp. 2.457.310.500,-', 'Dua Milyar Empat Ratus Lima Puluh Tujuh Juta Tiga Ratus Sepuluh Ribu Lima Ratus Rupiah'),
    },
    {
      name: 'spelling variants: miliar, lower case, glued and hyphenated words, doubled spaces, "sejuta"',
      text: tampan('Rp 1.051.000.000', 'satu miliar limapuluh  se-juta rupiah'),
    },
    {
      name: 'words before the digits: "… Rupiah (Rp 300.000.000)"',
      text: 'Pagu Program Penyelenggaraan Pemerintahan dan Pelayanan Publik sebesar Tiga Ratus Juta Rupiah (Rp 300.000.000) telah terserap seluruhnya.',
    },
    {
      name: 'an amount with cents written ,00 and its words in whole rupiah',
      text: tampan('Rp 10.156.509.099,00', 'Sepuluh Milyar Seratus Lima Puluh Enam Juta Lima Ratus Sembilan Ribu Sembilan Puluh Sembilan Rupiah'),
    },
    {
      name: 'English-style grouping',
      text: tampan('Rp 1,250,000', 'satu juta dua ratus lima puluh ribu rupiah'),
    },
    {
      name: '"satu setengah juta"',
      text: tampan('Rp 1.500.000', 'satu setengah juta rupiah'),
    },
    {
      name: 'an amount with a scale word and decimals in words',
      text: tampan('Rp 3,5 miliar', 'tiga koma lima miliar rupiah'),
    },
    {
      name: 'counts below 1.000 without Rp are left to the counts rules, even when they disagree',
      text: 'Kecamatan Depok Kabupaten Sleman menetapkan 5 (Enam) Program, 15 (Lima belas) Kegiatan dan 1 (Satu) Tujuan.',
    },
    {
      name: 'a parenthesis after an amount that is not its words: a count with its unit, or a source',
      text: 'Anggaran sebesar Rp 5.000.000 (dua kegiatan) dan Rp 7.500.000 (APBD Perubahan) digunakan untuk 4 (empat) kelurahan.',
    },
    {
      name: 'percentages in words are not amounts',
      text: 'Capaian kinerja sebesar 96,51% (sembilan puluh lima persen) termasuk kategori sangat tinggi.',
    },
    {
      name: 'a correct terbilang in a table cell and in a "Terbilang" column',
      text: lines(
        'Tabel 2.3 Perjanjian Kinerja Dinas Kesehatan Kabupaten Banyumas',
        row('No', 'Program', 'Anggaran (Rp)', 'Terbilang'),
        row('1', 'Program Pemenuhan Upaya Kesehatan Perorangan', '1.218.450.000', 'Satu Milyar Dua Ratus Delapan Belas Juta Empat Ratus Lima Puluh Ribu Rupiah'),
        row('2', 'Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan', 'Rp 96.000.000 (Sembilan Puluh Enam Juta Rupiah)', ''),
      ),
    },
    {
      name: 'an unknown word that does not change the amount is not reported',
      text: tampan('Rp 1.500.000', 'Satu Juta dan Lima Ratus Ribu Rupiah'),
    },
    {
      name: 'words before "(Rp …)" are read back to the previous amount in words only',
      text: 'Realisasi anggaran Dua Juta Rupiah Tiga Juta Rupiah (Rp 3.000.000) dari pagu.',
    },
    {
      name: 'a table cell of words that is not beside an amount (a row number, a percentage)',
      text: lines(
        row('No', 'Nilai Capaian', 'Atribut'),
        row('1', '85% s.d 100%', 'Delapan puluh lima persen sampai dengan seratus persen'),
        row('2', '1', 'Satu Juta Rupiah'),
      ),
    },
  ],
  invalid: [
    {
      name: 'words stating another amount (a group miswritten)',
      text: tampan('Rp. 10.524.299.300', 'Sepuluh Milyar Lima Ratus Dua Puluh Empat Juta Dua Ratus Dua Puluh Sembilan Ribu Tiga Ratus Rupiah'),
      findings: [
        {
          line: 2,
          severity: 'error',
          expected: '10524299300',
          actual: '10524229300',
          message: [
            'Angka Rp 10.524.299.300 ditulis dengan huruf "Sepuluh Milyar Lima Ratus Dua Puluh Empat Juta Dua Ratus Dua Puluh Sembilan Ribu Tiga Ratus Rupiah"',
            'yang berarti Rp 10.524.229.300',
            'selisih Rp 70.000',
          ],
        },
      ],
    },
    {
      name: 'a missing scale word: read literally, and the missing word named',
      text: tampan('Rp. 2.357.900.300', 'Dua Milyar Tiga Ratus Lima Puluh Tujuh Sembilan Ratus Ribu Tiga Ratus Rupiah'),
      findings: [
        {
          line: 2,
          expected: '2357900300',
          actual: '2000900657',
          message: [
            'yang susunannya keliru: sesudah "Tiga Ratus Lima Puluh Tujuh" tidak ada kata ribu/juta/miliar (kata "Juta" hilang?)',
            'Dibaca apa adanya, terbilang itu berarti Rp 2.000.900.657',
            'dengan "Juta" terbilang itu sama dengan angkanya',
          ],
        },
      ],
    },
    {
      name: 'a missing scale word that does not explain the difference: no claim that the repair matches',
      text: tampan('Rp 2.357.000.300', 'Dua Milyar Tiga Ratus Lima Puluh Tujuh Sembilan Ratus Ribu Tiga Ratus Rupiah'),
      findings: [{ line: 2, expected: '2357000300', actual: '2000900657', message: ['(kata "Juta" hilang?)', 'berarti Rp 2.000.900.657.'] }],
    },
    {
      name: 'a repeated scale word ("… Dua Puluh Ribu" where "Rupiah" was meant)',
      text: tampan('Rp. 9.201.483.220', 'Sembilan Milyar Dua Ratus Satu Juta Empat Ratus Delapan Puluh Tiga Ribu Dua Ratus Dua Puluh Ribu'),
      findings: [
        {
          line: 2,
          expected: '9201483220',
          actual: '9201703000',
          message: ['kata "Ribu" sesudah "Dua Ratus Dua Puluh" mengulang skala', 'berarti Rp 9.201.703.000', 'tanpa kata "Ribu" terbilang itu sama dengan angkanya'],
        },
      ],
    },
    {
      name: 'words that cannot be read: a warning naming them',
      text: tampan('Rp 1.500.000', 'Satu Juta Lima Rtxs Ribu Rupiah'),
      findings: [{ line: 2, severity: 'warning', expected: '1500000', actual: 'Satu Juta Lima Rtxs Ribu Rupiah', message: ['kata "Rtxs" tidak dapat dibaca sebagai bilangan'] }],
    },
    {
      name: 'words before the digits that disagree',
      text: 'Pagu Program Penyelenggaraan Pemerintahan dan Pelayanan Publik sebesar Tiga Ratus Lima Juta Rupiah (Rp 350.000.000) telah terserap seluruhnya.',
      findings: [{ line: 1, expected: '350000000', actual: '305000000', message: ['Angka Rp 350.000.000 ditulis dengan huruf "Tiga Ratus Lima Juta Rupiah"', 'selisih Rp 45.000.000'] }],
    },
    {
      name: 'two amounts in one sentence: only the wrong one is reported',
      text: lines(
        'Anggaran APBD Murni sebesar Rp 4.200.000.000 (Empat Milyar Dua Ratus Juta Rupiah) menjadi Rp 4.650.000.000 (Empat Milyar Enam Ratus Juta Rupiah) setelah perubahan.',
      ),
      findings: [{ line: 1, expected: '4650000000', actual: '4600000000' }],
    },
    {
      name: 'a figure of 1.000 or more without Rp is checked too (no Rp in the message)',
      text: 'Jumlah penduduk yang dilayani sebanyak 1.250 (seribu dua ratus lima) jiwa.',
      findings: [{ line: 1, expected: '1250', actual: '1205', message: ['Angka 1.250 ditulis dengan huruf "seribu dua ratus lima", yang berarti 1.205 (selisih 45)'] }],
    },
    {
      name: 'a figure printed without grouping (a year) is shown as printed',
      text: 'Rencana Strategis ini berlaku sampai tahun 2026 (dua ribu dua puluh lima).',
      findings: [{ line: 1, expected: '2026', actual: '2025', message: ['Angka 2026 ditulis dengan huruf "dua ribu dua puluh lima", yang berarti 2025 (selisih 1)'] }],
    },
    {
      name: 'a wrong terbilang in a table cell and in a "Terbilang" column',
      text: lines(
        'Tabel 2.3 Perjanjian Kinerja Dinas Kesehatan Kabupaten Banyumas',
        row('No', 'Program', 'Anggaran (Rp)', 'Terbilang'),
        row('1', 'Program Pemenuhan Upaya Kesehatan Perorangan', '1.218.450.000', 'Satu Milyar Dua Ratus Delapan Juta Empat Ratus Lima Puluh Ribu Rupiah'),
        row('2', 'Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan', 'Rp 96.000.000 (Sembilan Puluh Juta Rupiah)', ''),
      ),
      findings: [
        {
          line: 3,
          expected: '1218450000',
          actual: '1208450000',
          rowLabel: '1 Program Pemenuhan Upaya Kesehatan Perorangan',
          columnLabel: 'Terbilang',
          message: ['Tabel 2.3, baris "1 Program Pemenuhan Upaya Kesehatan Perorangan", kolom Terbilang: Angka Rp 1.218.450.000'],
        },
        {
          line: 4,
          expected: '96000000',
          actual: '90000000',
          columnLabel: 'Anggaran (Rp)',
          message: ['kolom Anggaran (Rp): Angka Rp 96.000.000 ditulis dengan huruf "Sembilan Puluh Juta Rupiah"'],
        },
      ],
    },
    {
      name: 'messages in English',
      lang: 'en',
      text: tampan('Rp. 2.357.900.300', 'Dua Milyar Tiga Ratus Lima Puluh Tujuh Sembilan Ratus Ribu Tiga Ratus Rupiah'),
      findings: [
        {
          line: 2,
          message: [
            'The figure Rp 2,357,900,300 is written in words as "Dua Milyar',
            '"Tiga Ratus Lima Puluh Tujuh" has no scale word (ribu/juta/miliar) after it ("Juta" missing?)',
            'Read as written, the words state Rp 2,000,900,657; with "Juta" the words match the figure.',
          ],
        },
      ],
    },
  ],
});

describe('amount-in-words: details', () => {
  it('the adjacent-cell finding points at the figure as related', () => {
    const [f] = lintWith(rule, {
      name: 'related',
      text: lines(
        row('No', 'Program', 'Pagu (Rp)', 'Terbilang'),
        row('1', 'Program Penanggulangan Bencana', 'Rp 1.210.000.000', 'Satu Milyar Dua Ratus Juta Rupiah'),
      ),
    });
    expect(f.related).toHaveLength(1);
    expect(f.related[0].location.columnLabel).toBe('Pagu (Rp)');
    expect(f.related[0].note).toBe('Rp 1.210.000.000');
  });

  it('the excerpt shows the digits and the words', () => {
    const [f] = lintWith(rule, { name: 'excerpt', text: tampan('Rp 2.000.000', 'Dua Ribu Rupiah') });
    expect(f.excerpt).toContain('Rp 2.000.000 (Dua Ribu Rupiah)');
  });
});

describe('amount-in-words on the reference report (Kecamatan Dumai Barat 2023)', () => {
  let findings: Finding[];
  beforeAll(async () => {
    findings = await lintReference(rule);
  });

  it('finds the three wrong terbilang of the executive summary', () => {
    const got = findings.map((f) => [f.location.line, f.expected, f.actual]).sort();
    expect(got).toEqual(
      [
        // APBD Murni: "… Dua Ratus Dua Puluh Ribu" ends in "Ribu" instead of "Rupiah".
        [213, '9201483220', '9201703000'],
        // APBD Perubahan: "Dua Ratus Dua Puluh Sembilan Ribu" for 299 ribu.
        [213, '10524299300', '10524229300'],
        // "Tiga Ratus Lima Puluh Tujuh" without "Juta".
        [612, '1357900300', '1000900657'],
      ].sort(),
    );
    expect(findings.every((f) => f.severity === 'error')).toBe(true);
    const at612 = findings.find((f) => f.location.line === 612)!;
    expect(at612.message).toContain('(kata "Juta" hilang?)');
    expect(at612.message).toContain('dengan "Juta" terbilang itu sama dengan angkanya');
  });

  it('leaves the correct terbilang alone: section 3.7 (10.524.299.300) and the 1.357.900.000 whose words match its digits', () => {
    expect(findings.filter((f) => f.location.line === 842)).toEqual([]);
    expect(findings.filter((f) => f.location.line === 184)).toEqual([]);
  });

  it('leaves the counts ("5 (Lima) Program, 15 (Lima belas) Kegiatan", "4 (Empat) Program Kerja", "1 (Satu) Tujuan") to the counts rules', () => {
    expect(findings.filter((f) => [93, 95, 184, 612, 699].includes(f.location.line!) && !/Rp/.test(f.message))).toEqual([]);
  });
});
