import rule from '../../rules/region-name.js';
import type { Finding } from '../../src/engine/types.js';
import { lines, lintReference, lintWith, row, testRule } from '../support/rule-tester.js';
import { banyumas, sail } from '../support/regions.js';

testRule(rule, {
  valid: [
    {
      name: 'official names of every level, in any case, with abbreviations and spacing variants',
      text: sail(
        'Kecamatan Sail Kota Pekanbaru Provinsi Riau terdiri dari Kelurahan Cinta Raja, Kelurahan Sukamulya dan Kelurahan Sukamaju.',
        'KECAMATAN SAIL KOTA PEKANBARU',
        'Kegiatan dilaksanakan bersama Kab. Kampar, Kabupaten Siak dan Kota Pekan Baru.',
        'Studi tiru ke Desa Caturtunggal Kecamatan Depok Kabupaten Sleman Provinsi DI Yogyakarta.',
      ),
    },
    {
      name: 'programme and award names after Desa/Kelurahan/Kota are not places',
      text: sail(
        'Kelurahan Cinta Raja meraih penghargaan Desa Cantik (Desa Cinta Statistik) dan Kota Pekanbaru menjadi Kota Layak Anak.',
        'Persentase Desa/Kelurahan Tangguh Bencana di wilayah Kecamatan Sail mencapai 100%.',
        'Program Pemberdayaan Masyarakat Desa dan Kelurahan Kewilayahan Kecamatan Sail.',
        'Terwujudnya Pekanbaru sebagai Kota Jasa dan Perdagangan.',
        'Koordinasi di tingkat Kecamatan dan Kelurahan se-Kota Pekanbaru.',
      ),
    },
    {
      name: 'a town that is no regency ("Kota Purwokerto") and a kelurahan that exists elsewhere ("Kelurahan Menteng")',
      text: banyumas('Pelayanan kesehatan di Kota Purwokerto terus meningkat.', 'Tim melakukan studi banding ke Kelurahan Menteng.'),
    },
    {
      name: 'names cut short at the end of a line ("Kecamatan Marpoyan", "Kabupaten Kulon")',
      text: sail('Sasaran Strategis Kecamatan Marpoyan', 'Kerja sama dengan Kabupaten Kulon'),
    },
    {
      name: "the reporting unit's own name misspelt is left to unit-name",
      text: sail('Laporan Kinerja Kecamatan Saill Tahun 2023.'),
    },
    {
      name: "the reporting unit's own name two edits off, plainly a place, is left to unit-name too",
      text: lines(
        'LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN 2023',
        'KECAMATAN MARPOYAN DAMAI',
        'PEMERINTAH KOTA PEKANBARU',
        '',
        'BAB I PENDAHULUAN',
        'Kegiatan dilaksanakan di Kecamatan Marpoyan Damiaa Kota Pekanbaru.',
      ),
    },
    {
      name: 'an unknown name that is not plainly a place (no region after it, no "di", not in a Kelurahan column) is left alone',
      text: sail('Gerakan Kelurahan Tanjungrawa menjadi inovasi unggulan.'),
    },
  ],
  invalid: [
    {
      name: 'a kecamatan one letter off: did you mean',
      text: sail('Kecamatan Sail berbatasan dengan Kecamatan Senapelam di sebelah utara.'),
      findings: [
        {
          line: 6,
          severity: 'warning',
          actual: 'Kecamatan Senapelam',
          expected: 'Kecamatan Senapelan',
          message: ['Paragraf (BAB I): "Kecamatan Senapelam" tidak ada dalam daftar resmi kecamatan (Kemendagri); mungkin maksudnya Kecamatan Senapelan.'],
        },
      ],
    },
    {
      name: 'a kelurahan of the kecamatan one letter off, named twice: one finding',
      text: sail('Posyandu aktif di Kelurahan Sukamuly.', 'Tabel 3.2 Posyandu Kelurahan Sukamuly', row('No', 'Posyandu', 'Jumlah'), row('1', 'Posyandu Mawar', '12')),
      findings: [
        {
          line: 6,
          actual: 'Kelurahan Sukamuly',
          expected: 'Kelurahan Sukamulya (Kecamatan Sail)',
          message: ['mungkin maksudnya Kelurahan Sukamulya (Kecamatan Sail); disebut 2 kali'],
        },
      ],
    },
    {
      name: 'a regency and a province misspelt (a transposition counts as one edit)',
      text: banyumas('Rujukan pasien ke Kabupaten Cilcaap dan Provinsi Jawa Tenggah meningkat.'),
      findings: [
        { line: 5, actual: 'Kabupaten Cilcaap', expected: 'Kabupaten Cilacap', message: ['kabupaten/kota'] },
        { line: 5, actual: 'Provinsi Jawa Tenggah', expected: 'Provinsi Jawa Tengah', message: ['provinsi'] },
      ],
    },
    {
      name: 'a misspelt second word of a name whose first word begins other names ("Purwokerto Utra", "Purwokerto Wetn")',
      text: banyumas('Puskesmas di Kecamatan Purwokerto Utra dan Kelurahan Purwokerto Wetn Kecamatan Purwokerto Timur-Kabupaten Banyumas.'),
      findings: [
        { line: 5, actual: 'Kecamatan Purwokerto Utra', expected: 'Kecamatan Purwokerto Utara' },
        { line: 5, actual: 'Kelurahan Purwokerto Wetn', expected: 'Kelurahan Purwokerto Wetan (Kecamatan Purwokerto Timur)' },
      ],
    },
    {
      name: 'a misspelt last word of a name whose first word is a name too ("Rumbai Timr": Rumbai, Rumbai Timur)',
      text: sail('Kecamatan Sail bekerja sama dengan Kecamatan Rumbai Timr.'),
      findings: [{ line: 6, actual: 'Kecamatan Rumbai Timr', expected: 'Kecamatan Rumbai Timur' }],
    },
    {
      name: 'a kelurahan that exists nowhere, plainly a place (followed by its kecamatan)',
      text: sail('Pembangunan drainase di Kelurahan Tanjungrawa Kecamatan Sail telah selesai.'),
      findings: [{ line: 6, actual: 'Kelurahan Tanjungrawa', expected: undefined, message: ['"Kelurahan Tanjungrawa" tidak ada dalam daftar resmi kelurahan/desa (Kemendagri), dan tidak mirip nama kelurahan/desa mana pun di Kota Pekanbaru.'] }],
    },
    {
      name: 'an unknown kecamatan in a column headed "Kecamatan"',
      text: banyumas('Tabel 3.1 Cakupan Imunisasi', row('No', 'Kecamatan', 'Cakupan (%)'), row('1', 'Kecamatan Sumbang', '96,2'), row('2', 'Kecamatan Karangwangi', '94,1')),
      findings: [{ line: 8, actual: 'Kecamatan Karangwangi', message: ['Tabel 3.1, baris 3, kolom 2', 'kecamatan'] }],
    },
    {
      name: 'messages in English',
      lang: 'en',
      text: sail('Kecamatan Sail berbatasan dengan Kecamatan Senapelam.'),
      findings: [{ line: 6, expected: 'Kecamatan Senapelan', message: ['Paragraph (BAB I): "Kecamatan Senapelam" is not in the official (Kemendagri) list of kecamatan (districts); did you mean Kecamatan Senapelan?'] }],
    },
  ],
});

describe('region-name: grouping', () => {
  it('lists the other places of the same name as related locations', () => {
    const f = lintWith(rule, { name: 'related', text: sail('Posyandu di Kelurahan Sukamuly.', 'Kader Kelurahan Sukamuly dilatih.') });
    expect(f).toHaveLength(1);
    expect(f[0].related.map((r) => r.location.line)).toEqual([7]);
  });
});

describe('region-name: the reference report (Kecamatan Dumai Barat, Kota Dumai)', () => {
  let findings: Finding[];
  beforeAll(async () => {
    findings = await lintReference(rule);
  });

  it('finds no name outside the official list: every region it names exists', () => {
    // Kota Dumai, Provinsi Riau, Kecamatan Dumai Barat / Sungai Sembilan are official; "Kecamatan
    // Dumai" (cut short), "Desa Cinta Statistik" (an award), "Kelurahan Kewilayahan", "Kota
    // Pelabuhan" (the vision) are not places.
    expect(findings).toEqual([]);
  });
});
