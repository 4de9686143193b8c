import rule from '../../rules/narrative-claim.js';
import type { Finding } from '../../src/engine/types.js';
import { lines, lintReference, lintWith, row, testRule } from '../support/rule-tester.js';

interface Words {
  /** Item a. of indicator 1: "menunjukkan capaian yang …". */
  trend?: string;
  /** Continuation of item a.: "capaian tahun 2023 … sebesar {change}%". */
  direction?: string;
  change?: string;
  /** Item b. of indicator 1: "… {target1} target". */
  target1?: string;
  /** Item b. of indicator 2 (no indicator named in the sentence): "… {target2} target". */
  target2?: string;
}

/**
 * Kecamatan Tampan, Kota Pekanbaru, FY 2023. Indicator 1: capaian 98,94% (2022) → 104,00%
 * (2023), a rise of 5,06 points (5,11% relative); realisasi 88,40 above target 85. Indicator 2:
 * capaian 90,00% → 95,50%, realisasi 95,50 below target 100.
 * Lines: 13 item a. of indicator 1, 14 its continuation, 15 item b., 18 item a. of indicator 2,
 * 19 item b.
 */
function tampan(w: Words = {}): string {
  return lines(
    'LAPORAN KINERJA INSTANSI PEMERINTAH KECAMATAN TAMPAN KOTA PEKANBARU TAHUN 2023',
    '',
    'BAB III AKUNTABILITAS KINERJA',
    '',
    '3.1. Analisis Capaian Kinerja',
    '',
    'Tabel 3.3 Pengukuran Kinerja Tahun 2023',
    row('No', 'Indikator', 'Realisasi 2022', 'Capaian 2022', 'Target 2023', 'Realisasi 2023', 'Capaian 2023'),
    row('1', 'Indeks Kepuasan Masyarakat', '84,10', '98,94', '85', '88,40', '104,00'),
    row('2', 'Persentase Pengaduan Masyarakat yang Ditindaklanjuti', '90,00', '90,00', '100', '95,50', '95,50'),
    '',
    '1. Indikator Indeks Kepuasan Masyarakat',
    `a. Capaian kinerja untuk indikator Indeks Kepuasan Masyarakat menunjukkan capaian yang ${w.trend ?? 'meningkat'}. Target yang ditetapkan tahun 2023 adalah 85 realisasi sebesar 88,40 tercapai 104,00%.`,
    `Bila dibandingkan dengan realisasi tahun 2022 sebesar 84,10 atau tercapai sebesar 98,94%, maka capaian tahun 2023 ${w.direction ?? 'meningkat'} sebesar ${w.change ?? '5,06'}%.`,
    `b. Faktor pendukung capaian indikator Indeks Kepuasan Masyarakat ${w.target1 ?? 'melebihi'} target adalah sebagai berikut:`,
    '- Petugas ramah dan santun',
    '2. Indikator Persentase Pengaduan Masyarakat yang Ditindaklanjuti',
    'a. Target yang ditetapkan tahun 2023 adalah 100% dengan realisasi 95,50% atau tercapai 95,50%. Pada tahun 2022 capaian sebesar 90,00%, sehingga capaian tahun 2023 meningkat sebesar 5,50%.',
    `b. Faktor penghambat capaian indikator ini ${w.target2 ?? 'belum mencapai'} target adalah sebagai berikut:`,
    '- Keterbatasan petugas',
  );
}

/** Dinas Kesehatan Kabupaten Banyumas: a lower-is-better indicator. Line 5 holds the claim. */
function banyumas(capaian: string, claim: string): string {
  return lines(
    'LAPORAN KINERJA DINAS KESEHATAN KABUPATEN BANYUMAS TAHUN 2023',
    '',
    'BAB III AKUNTABILITAS KINERJA',
    '1. Indikator Angka Kematian Ibu',
    `a. Target angka kematian ibu tahun 2023 adalah 100 per 100.000 kelahiran hidup dengan realisasi 80 sehingga tercapai ${capaian}%. Capaian indikator Angka Kematian Ibu ${claim} target yang ditetapkan.`,
  );
}

testRule(rule, {
  valid: [
    {
      name: 'directions, differences in percentage points and standings against the target that agree with the figures',
      text: tampan(),
    },
    {
      name: 'a difference stated as a relative change (5,06 / 98,94 = 5,11%) is accepted too',
      text: tampan({ change: '5,11' }),
    },
    {
      name: 'an approximate change ("sekitar") is not checked for its size',
      text: tampan({ change: '6' }).replace('meningkat sebesar 6%', 'meningkat sekitar 6%'),
    },
    {
      name: 'a negated direction ("yang tidak menurun") or standing ("tidak melebihi target") is not a claim of one',
      text: tampan({ trend: 'tidak menurun', target2: 'tidak melebihi' }),
    },
    {
      name: 'direction words that are names, actions, wishes or about money are not claims',
      // Realisasi fell from 90 to 80 and is above the target of 75: each sentence would be a false alarm if read as a claim.
      text: lines(
        'LAPORAN KINERJA KECAMATAN DEPOK KABUPATEN SLEMAN TAHUN 2023',
        [
          'a. Target tahun 2023 adalah 75, realisasi tahun 2023 sebesar 80, sedangkan realisasi tahun 2022 sebesar 90.',
          'Realisasi tersebut mendukung sasaran Meningkatnya Kualitas Pelayanan Kecamatan Depok.',
          'Upaya ke depan adalah agar realisasi meningkat kembali.',
          'Diharapkan realisasi tahun 2023 meningkat dibandingkan tahun 2022.',
          'Realisasi anggaran tahun 2023 meningkat sebesar 10% dibandingkan tahun 2022.',
          'Simpulan perlu menjelaskan apakah capaian telah/belum memenuhi target.',
        ].join(' '),
      ),
    },
    {
      name: 'a claim compared with the target, not with last year, is not a year-on-year direction',
      text: lines(
        'LAPORAN KINERJA KECAMATAN DEPOK KABUPATEN SLEMAN TAHUN 2023',
        'a. Realisasi tahun 2023 sebesar 92 sedangkan realisasi tahun 2022 sebesar 95. Realisasi tahun 2023 meningkat dibandingkan dengan target yang ditetapkan sebesar 90.',
      ),
    },
    {
      name: 'a lower-is-better indicator is not judged by realisasi < target (80 under a maximum of 100 is good)',
      text: banyumas('', 'melebihi').replace(' sehingga tercapai %', ''),
    },
    {
      name: 'a lower-is-better indicator exceeding its target with a capaian of 120%',
      text: banyumas('120', 'melebihi'),
    },
    {
      name: 'a claim about the Renstra end target is not checked against the yearly figures',
      text: lines(
        'LAPORAN KINERJA KECAMATAN DEPOK KABUPATEN SLEMAN TAHUN 2023',
        'a. Target indikator Indeks Kepuasan Masyarakat tahun 2023 adalah 80 dengan realisasi 85. Capaian indikator Indeks Kepuasan Masyarakat belum mencapai target akhir renstra.',
      ),
    },
    {
      name: 'a passage giving figures of two indicators leaves unclear which a claim is about',
      text: lines(
        'LAPORAN KINERJA KECAMATAN DEPOK KABUPATEN SLEMAN TAHUN 2023',
        'Kedua indikator menunjukkan capaian yang meningkat. Capaian Indeks Kepuasan Masyarakat tahun 2023 sebesar 95,00%, capaian tahun 2022 sebesar 97,00%; capaian Persentase Pengaduan yang Ditindaklanjuti tahun 2023 sebesar 99,00%, capaian tahun 2022 sebesar 90,00%.',
      ),
    },
    {
      name: '"meningkat dibandingkan tahun 2022 sebesar 98,94%" gives last year\'s figure, not the size of the change',
      text: lines(
        'LAPORAN KINERJA KECAMATAN DEPOK KABUPATEN SLEMAN TAHUN 2023',
        'a. Capaian kinerja tahun 2023 sebesar 104,00% meningkat dibandingkan tahun 2022 sebesar 98,94%. Pada tahun 2022 capaian sebesar 98,94%.',
      ),
    },
    {
      name: 'a sentence saying some indicators reached their target and some did not is about several indicators',
      text: lines(
        'LAPORAN KINERJA KECAMATAN DEPOK KABUPATEN SLEMAN TAHUN 2023',
        'a. Target tahun 2023 adalah 100 dengan realisasi 97. Dari 3 indikator kinerja, 2 indikator telah mencapai target dan 1 indikator belum mencapai target.',
      ),
    },
    {
      name: '"lebih tinggi dari 100%" compares with a figure, not with last year',
      text: lines(
        'LAPORAN KINERJA KECAMATAN DEPOK KABUPATEN SLEMAN TAHUN 2023',
        'a. Capaian tahun 2022 sebesar 99,00%. Capaian tahun 2023 sebesar 97,00% lebih tinggi dari standar pelayanan minimal 95%.',
      ),
    },
    {
      name: 'figures of a paragraph further on in the text, not under the same numbered item, are not borrowed',
      text: lines(
        'LAPORAN KINERJA KECAMATAN DEPOK KABUPATEN SLEMAN TAHUN 2023',
        'Capaian persentase pengaduan yang ditindaklanjuti tahun 2022 sebesar 99,00%.',
        'Berikut diuraikan capaian indikator lainnya.',
        'a. Capaian tahun 2023 sebesar 95,00% meningkat.',
      ),
    },
    {
      name: 'a closing paragraph after the items does not borrow the last indicator\'s figures',
      text: lines(
        tampan(),
        'Dari analisis di atas, capaian kinerja secara keseluruhan menunjukkan capaian yang menurun.',
      ),
    },
  ],
  invalid: [
    {
      name: '"menunjukkan capaian yang menurun" while the capaian rose from 98,94% to 104,00%',
      text: tampan({ trend: 'menurun' }),
      findings: [
        {
          line: 13,
          expected: 'meningkat',
          actual: 'menurun',
          severity: 'error',
          message: [
            'Kalimat menyatakan capaian menurun ("capaian yang menurun")',
            'padahal capaian tahun 2023 104,00% dibanding tahun 2022 98,94%: naik 5,06 poin',
          ],
        },
      ],
    },
    {
      name: 'a wrong direction in the continuation of a list item, with the right size of change',
      text: tampan({ direction: 'menurun' }),
      findings: [{ line: 14, expected: 'meningkat', actual: 'menurun', message: ['("capaian tahun 2023 menurun sebesar 5,06%")', 'naik 5,06 poin'] }],
    },
    {
      name: 'a wrong size of change: neither the points (5,06) nor the relative change (5,11%)',
      text: tampan({ change: '6,06' }),
      findings: [
        {
          line: 14,
          expected: '5.06',
          actual: '6.06',
          message: ['Kalimat menyebut perubahan capaian sebesar 6,06%', 'capaian tahun 2023 104,00% − tahun 2022 98,94% = +5,06 poin (perubahan relatif +5,11%)'],
        },
      ],
    },
    {
      name: '"di bawah target" for an indicator above its target, figures taken from item a. of the same indicator',
      text: tampan({ target1: 'di bawah' }),
      findings: [
        {
          line: 15,
          expected: 'di atas target',
          actual: 'di bawah target',
          message: ['capaian indikator "Indeks Kepuasan Masyarakat" belum mencapai target ("di bawah target")', 'pada tahun 2023 realisasi 88,40 di atas target 85 (capaian 104,00%)'],
        },
      ],
    },
    {
      name: '"melebihi target" in an item of a block about one indicator that does not name it, below its target',
      text: tampan({ target2: 'melebihi' }),
      findings: [
        {
          line: 19,
          expected: 'di bawah target',
          actual: 'melebihi target',
          message: ['indikator "Persentase Pengaduan Masyarakat yang Ditindaklanjuti" melebihi target', 'realisasi 95,50% di bawah target 100% (capaian 95,50%)'],
        },
      ],
    },
    {
      name: 'a lower-is-better indicator said to exceed its target with a capaian under 100%',
      text: banyumas('80', 'melebihi'),
      findings: [{ line: 5, expected: 'di bawah target', message: ['capaian 80% di bawah 100%'] }],
    },
    {
      name: 'a direction contradicting the figures it gives itself ("dari … menjadi …")',
      text: lines(
        'LAPORAN KINERJA KECAMATAN DEPOK KABUPATEN SLEMAN TAHUN 2023',
        'Capaian kinerja indikator Persentase Pengaduan yang Ditindaklanjuti meningkat dari 97,50% menjadi 95,00% sebesar 2,50%.',
      ),
      findings: [{ line: 2, expected: 'menurun', actual: 'meningkat', message: ['padahal dari 97,50% menjadi 95,00% adalah turun 2,50 poin'] }],
    },
    {
      name: '"lebih rendah dibandingkan tahun 2022" with the measure\'s figure before the direction word',
      text: lines(
        'LAPORAN KINERJA KECAMATAN DEPOK KABUPATEN SLEMAN TAHUN 2023',
        'a. Capaian tahun 2023 sebesar 97,00% lebih rendah dibandingkan tahun 2022. Capaian tahun 2022 sebesar 95,00%.',
      ),
      findings: [{ line: 2, expected: 'meningkat', actual: 'menurun', message: ['("Capaian tahun 2023 sebesar 97,00% lebih rendah")', 'naik 2,00 poin'] }],
    },
    {
      name: 'a wrong direction with last year\'s figure stated after the year compared with',
      text: lines(
        'LAPORAN KINERJA KECAMATAN DEPOK KABUPATEN SLEMAN TAHUN 2023',
        'a. Capaian kinerja tahun 2023 sebesar 94,00% meningkat dibandingkan tahun 2022 sebesar 98,94%. Pada tahun 2022 capaian sebesar 98,94%.',
      ),
      findings: [{ line: 2, expected: 'menurun', actual: 'meningkat', message: ['turun 4,94 poin'] }],
    },
    {
      name: 'messages in English',
      lang: 'en',
      text: tampan({ trend: 'menurun', change: '6,06' }),
      findings: [
        { line: 13, message: ['The sentence states that the achievement decreased ("capaian yang menurun"), but the achievement was 104.00% in 2023 against 98.94% in 2022: an increase of 5.06 points.'] },
        { line: 14, message: ['gives a change in the achievement of 6.06%', '= +5.06 points (relative change +5.11%)'] },
      ],
    },
  ],
});

describe('narrative-claim: details', () => {
  it('gives the figures compared as related locations', () => {
    const [f] = lintWith(rule, { name: 'related', text: tampan({ trend: 'menurun' }) });
    expect(f.related.map((r) => [r.location.line, r.note])).toEqual([
      [13, 'capaian 2023: 104,00%'],
      [14, 'capaian 2022: 98,94%'],
    ]);
  });

  it('reads "tahun lalu" as the year before the report year', () => {
    const text = lines(
      'LAPORAN KINERJA KECAMATAN DEPOK KABUPATEN SLEMAN TAHUN 2023',
      'a. Capaian Indeks Kepuasan Masyarakat tahun 2023 sebesar 95,00%, sedangkan capaian tahun lalu sebesar 97,00%, sehingga capaian tahun 2023 meningkat.',
    );
    const found = lintWith(rule, { name: 'tahun lalu', text });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ expected: 'menurun', actual: 'meningkat' });
  });
});

describe('narrative-claim: reference report', () => {
  let findings: Finding[];
  beforeAll(async () => {
    findings = await lintReference(rule);
  });
  const at = (line: number) => findings.filter((f) => f.location.line === line);

  it('flags "menunjukkan capaian yang meningkat" for the IKM, whose capaian fell from 114,83 to 95,21', () => {
    expect(at(714)).toHaveLength(1);
    expect(at(714)[0]).toMatchObject({ expected: 'menurun', actual: 'meningkat' });
    expect(at(714)[0].message).toContain('capaian tahun 2023 95,21% dibanding tahun 2022 114,83%: turun 19,62 poin');
  });

  it('flags the supporting factors "melebihi target" of the IKM, realisasi 82,84 under target 87', () => {
    expect(at(715)).toHaveLength(1);
    expect(at(715)[0]).toMatchObject({ expected: 'di bawah target', actual: 'melebihi target' });
    expect(at(715)[0].message).toContain('realisasi 82,84 di bawah target 87 (capaian 95,21%)');
  });

  it('flags "menunjukkan capaian menurun" for the pelimpahan kewenangan, which rose from 97,02 to 98,33', () => {
    expect(at(754)).toHaveLength(1);
    expect(at(754)[0]).toMatchObject({ expected: 'meningkat', actual: 'menurun' });
  });

  it('accepts the differences 19,62, 17,51 and 1,31 (percentage points) and the 2022 comparisons', () => {
    for (const line of [738, 784, 785, 786, 788, 789, 792, 793]) expect(at(line)).toEqual([]);
  });

  it('accepts "kurang dari target" for the trantibum indicator (99,01 under 100) and the Renstra sentences', () => {
    for (const line of [744, 811, 817, 822]) expect(at(line)).toEqual([]);
  });

  it('finds nothing else', () => {
    expect(findings.map((f) => f.location.line)).toEqual([714, 715, 754]);
  });
});
