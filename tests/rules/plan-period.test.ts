import rule from '../../rules/plan-period.js';
import type { Finding } from '../../src/engine/types.js';
import { joinLines as lines, keyedLines, lineWith as at, lintReference, lintWith, row, testRule } from '../support/rule-tester.js';

/**
 * Kecamatan Tampan, Kota Pekanbaru, Riau, 2023: its Renstra 2021–2026, the city's RPJMD
 * 2022–2026, the province's RPJMD 2019–2024 and the RPJMN 2020–2024: four plans, four periods.
 */
function tampan(over: Record<string, string> = {}): string[] {
  const base: Array<[string, string]> = [
    ['cover', 'LAPORAN KINERJA INSTANSI PEMERINTAH KECAMATAN TAMPAN TAHUN 2023'],
    ['', ''],
    ['kp', 'KATA PENGANTAR'],
    ['kp1', 'Laporan ini merujuk pada Rencana Strategis Kecamatan Tampan Kota Pekanbaru Tahun 2021-2026.'],
    ['bab2', 'BAB II PERENCANAAN KINERJA'],
    ['s21', '2.1. Rencana Strategis'],
    ['rpjmd1', 'Visi Kota Pekanbaru sebagaimana dijabarkan dalam RPJMD Kota Pekanbaru Tahun 2022 – 2026 adalah terwujudnya Pekanbaru sebagai kota jasa.'],
    ['rpjmn', 'Visi tersebut berpedoman pada Peraturan Presiden Nomor 18 Tahun 2020 tentang Rencana Pembangunan Jangka Menengah Nasional (RPJMN) 2020 – 2024.'],
    ['rpjmdprov', 'Visi ini juga berpedoman pada Peraturan Daerah Provinsi Riau Nomor 3 Tahun 2019 tentang Rencana Pembangunan Jangka Menengah Daerah Provinsi Riau Tahun 2019-2024.'],
    ['rpjmd2', 'Dasar hukum: Peraturan Daerah Kota Pekanbaru Nomor 2 Tahun 2022 tentang Rencana Pembangunan Jangka Menengah Daerah Kota Pekanbaru Tahun 2022-2026.'],
    ['renstra2', 'Secara umum Rencana Strategis (RENSTRA) Kecamatan Tampan Kota Pekanbaru 2021 – 2026 telah menetapkan 1 (satu) tujuan.'],
    ['bab3', 'BAB III AKUNTABILITAS KINERJA'],
    ['s35', '3.5. Perbandingan Realisasi Kinerja s.d Akhir Periode Renstra'],
    ['renstra3', 'Upaya mempercepat capaian kinerja sampai dengan akhir periode RENSTRA Tahun 2026 adalah sebagai berikut.'],
    ['renstra4', 'Kebijakan keuangan berpedoman pada RENSTRA Kecamatan Tampan Tahun 2021 - 2026 yang telah ditetapkan.'],
    ['lamp', 'LAMPIRAN'],
    ['lamp1', '1. Matrik Rencana Strategis Kecamatan Tampan Kota Pekanbaru Tahun 2021 – 2026'],
    ['lamp2', '2. Perjanjian Kinerja Tahun 2023'],
  ];
  return keyedLines(base, over);
}

const base = tampan();

testRule(rule, {
  valid: [
    { name: 'every plan named with one period; the RPJMN and the province’s RPJMD have their own', text: lines(base) },
    {
      name: 'another unit’s Renstra (the province’s health office) is another plan',
      text: lines([
        'LAPORAN KINERJA DINAS KESEHATAN KABUPATEN BANYUMAS TAHUN 2023',
        'BAB II PERENCANAAN KINERJA',
        'Renstra Dinas Kesehatan Kabupaten Banyumas Tahun 2023-2026 disusun mengacu pada Renstra Dinas Kesehatan Provinsi Jawa Tengah 2018-2023.',
        'Tujuan Renstra Dinas Kesehatan Kabupaten Banyumas 2023-2026 adalah meningkatnya derajat kesehatan masyarakat.',
      ]),
    },
    {
      name: 'the previous Renstra named as such',
      text: lines(tampan({ lamp1: 'Capaian Renstra periode sebelumnya (Renstra Kecamatan Tampan 2016-2021) menjadi kondisi awal.' })),
    },
    {
      name: 'a plan named without a period, a regulation year and the end of the period that agrees',
      text: lines([
        'LAPORAN KINERJA KECAMATAN DEPOK KABUPATEN SLEMAN TAHUN 2023',
        'BAB II PERENCANAAN KINERJA',
        'Rencana Strategis disusun melalui proses yang berorientasi pada hasil.',
        'Peraturan Bupati Sleman Nomor 12 Tahun 2021 tentang Rencana Strategis Kecamatan Depok Tahun 2021-2026.',
        'Target akhir Renstra dicapai sampai dengan akhir periode Renstra Kecamatan Depok Tahun 2026.',
      ]),
    },
  ],
  invalid: [
    {
      name: 'the appendix list keeps the previous Renstra period (as in the reference report)',
      text: lines(tampan({ lamp1: '1. Matrik Rencana Strategis Kecamatan Tampan Kota Pekanbaru Tahun 2016 – 2021' })),
      findings: [
        {
          line: at(base, 'Matrik Rencana Strategis'),
          expected: '2021-2026',
          actual: '2016-2021',
          severity: 'warning',
          message: ['Renstra Kecamatan Tampan', 'periode 2016–2021', '3 penyebutan lain', 'periode 2021–2026'],
        },
      ],
    },
    {
      name: 'the city’s RPJMD named with the previous period once, unnamed ("RPJMD Tahun ...") counting as the city’s',
      text: lines(tampan({ kp1: 'Laporan ini disusun dengan berpedoman pada RPJMD Tahun 2017-2022 dan Renstra Kecamatan Tampan 2021-2026.' })),
      findings: [{ line: at(base, 'Laporan ini'), expected: '2022-2026', actual: '2017-2022', message: ['RPJMD Kota Pekanbaru', '2 penyebutan lain'] }],
    },
    {
      name: 'the end of the period that disagrees ("akhir periode RENSTRA Tahun 2024")',
      text: lines(tampan({ renstra3: 'Upaya mempercepat capaian kinerja sampai dengan akhir periode RENSTRA Tahun 2024 adalah sebagai berikut.' })),
      findings: [{ line: at(base, 'akhir periode RENSTRA'), expected: '2026', actual: '2024', message: ['akhir periode Renstra Kecamatan Tampan tahun 2024', 'berakhir 2026'] }],
    },
    {
      name: 'a tie: the period covering the fiscal year is taken as the right one',
      text: lines([
        'LAPORAN KINERJA KECAMATAN DEPOK KABUPATEN SLEMAN TAHUN 2023',
        'BAB II PERENCANAAN KINERJA',
        'Rencana Strategis Kecamatan Depok Tahun 2016-2021 menetapkan satu tujuan.',
        'Perjanjian Kinerja merupakan penjabaran Renstra Kecamatan Depok Tahun 2021-2026.',
      ]),
      findings: [{ line: 3, expected: '2021-2026', actual: '2016-2021', message: ['jumlah penyebutan sama', 'mencakup tahun anggaran 2023'] }],
    },
    {
      name: 'a table header cell giving the Renstra another period',
      text: lines(
        tampan({
          lamp2: row('No', 'Indikator', 'Target Akhir Renstra 2016-2021', 'Realisasi 2023'),
        }).concat([row('1', 'Indeks Kepuasan Masyarakat', '85', '83,50')]),
      ),
      findings: [{ line: at(base, 'Perjanjian Kinerja Tahun 2023'), actual: '2016-2021', expected: '2021-2026', message: ['kepala tabel'] }],
    },
    {
      name: 'messages in English',
      lang: 'en',
      text: lines(tampan({ lamp1: '1. Matrik Rencana Strategis Kecamatan Tampan Kota Pekanbaru Tahun 2016 – 2021' })),
      findings: [{ message: ['gives Renstra Kecamatan Tampan the period 2016–2021, while 3 other mention(s) in this report give 2021–2026'] }],
    },
  ],
});

describe('plan-period: details', () => {
  it('gives the agreeing mentions as related locations', () => {
    const ls = tampan({ lamp1: '1. Matrik Rencana Strategis Kecamatan Tampan Kota Pekanbaru Tahun 2016 – 2021' });
    const [f] = lintWith(rule, { name: '', text: lines(ls) });
    expect(f.related.map((r) => r.location.line)).toEqual([at(ls, 'Laporan ini merujuk'), at(ls, 'RENSTRA) Kecamatan'), at(ls, 'akhir periode RENSTRA'), at(ls, 'RENSTRA Kecamatan Tampan Tahun')]);
  });

  it('keeps the province’s RPJMD apart from the city’s, whatever its period', () => {
    const ls = tampan({ rpjmdprov: 'Visi ini juga berpedoman pada RPJMD Provinsi Riau Tahun 2014-2019.' });
    expect(lintWith(rule, { name: '', text: lines(ls) })).toEqual([]);
  });
});

describe('plan-period on the reference report (Kecamatan Dumai Barat 2023)', () => {
  let found: Finding[];
  beforeAll(async () => {
    found = await lintReference(rule);
  });

  it('flags the Renstra matrix in the list of appendices, "Tahun 2016 – 2021", against 2021–2026', () => {
    expect(found.map((f) => [f.location.line, f.severity, f.actual, f.expected])).toEqual([[287, 'warning', '2016-2021', '2021-2026']]);
    expect(found[0].message).toContain('Renstra Kecamatan Dumai Barat');
    expect(found[0].related.map((r) => r.location.line)).toEqual(expect.arrayContaining([93, 600, 799, 1181]));
  });

  it('leaves the RPJMD Kota Dumai, RPJMD Provinsi Riau 2019-2024 and RPJMN 2020-2024 alone', () => {
    const lines = found.map((f) => f.location.line);
    for (const l of [34, 87, 95, 338, 500, 506, 508, 529, 531]) expect(lines).not.toContain(l);
  });
});
