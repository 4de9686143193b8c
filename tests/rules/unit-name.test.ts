import rule from '../../rules/unit-name.js';
import type { Finding } from '../../src/engine/types.js';
import { lines, lintReference, lintWith, row, testRule } from '../support/rule-tester.js';
import { depok, sail } from '../support/regions.js';

/** Kecamatan Marpoyan Damai, Kota Pekanbaru: a two-word name, to misspell and to cut short. */
const marpoyan = (...body: string[]) =>
  lines('LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN 2023', 'KECAMATAN MARPOYAN DAMAI', 'PEMERINTAH KOTA PEKANBARU', '', 'BAB I PENDAHULUAN', ...body);

const own = 'Kecamatan Sail';

testRule(rule, {
  valid: [
    {
      name: 'the report names itself with its own name everywhere, with its own city',
      text: sail(
        'Kecamatan Sail Kota Pekanbaru dibentuk berdasarkan Peraturan Daerah Kota Pekanbaru Nomor 3 Tahun 2003.',
        'Laporan Kinerja Kecamatan Sail Tahun 2023 disusun sebagai pertanggungjawaban kinerja.',
        'Tabel 2.1',
        'Sasaran Strategis Kecamatan Sail Kota Pekanbaru',
        row('No', 'Sasaran Strategis', 'Indikator', 'Target'),
        row('1', 'Meningkatnya Kualitas Pelayanan Kecamatan Sail', 'Indeks Kepuasan Masyarakat', '85'),
        'CAMAT SAIL,',
      ),
    },
    {
      name: 'neighbours introduced by border, cooperation, location and list words are left alone',
      text: sail(
        'Wilayah Kecamatan Sail di sebelah utara berbatasan dengan Kecamatan Senapelan dan di sebelah selatan dengan Kecamatan Bukit Raya.',
        'Kecamatan Sail bekerja sama dengan Kecamatan Sukajadi dalam penanganan banjir.',
        'Pada tahun 2023 pegawai Kecamatan Sail melaksanakan studi tiru ke Kecamatan Sukajadi.',
        'Lomba kebersihan tingkat kota dilaksanakan di Kecamatan Limapuluh.',
        'Kecamatan Sail bersama Kecamatan Senapelan menyelenggarakan pasar murah.',
        'Kecamatan Sail merupakan pemekaran dari Kecamatan Pekanbaru Kota.',
        'Kecamatan Pekanbaru Kota yang berbatasan langsung dengan Kecamatan Sail juga mendukung kegiatan ini.',
      ),
    },
    {
      name: 'other units as winners, guests, hosts, former owners, givers and addresses are left alone',
      text: sail(
        'Juara I Lomba MTQ tingkat Kota Pekanbaru diraih oleh Kecamatan Sukajadi.',
        'Penilaian IKM oleh Bagian Organisasi; Kecamatan Bukit Raya memperoleh nilai 85, sedangkan Kecamatan Sail 84.',
        'Kecamatan Senapelan menyerahkan piala bergilir kepada Kecamatan Sail.',
        'Sekretaris Kecamatan Limapuluh dilantik menjadi Camat Sail.',
        'Rapat koordinasi dilaksanakan di Kantor Camat Senapelan.',
        'Kegiatan ini dihadiri oleh Camat Limapuluh.',
        'Sebelum pemekaran, wilayah ini dahulu termasuk Kecamatan Pekanbaru Kota.',
        'Pemenang lomba posyandu adalah Kelurahan Kampung Bandar Kecamatan Senapelan.',
      ),
    },
    {
      name: 'a list of borders introduced by "berbatasan dengan :" and a table of borders',
      text: sail(
        'Batas wilayah Kecamatan Sail adalah sebagai berikut, berbatasan dengan :',
        '- Kecamatan Senapelan;',
        '- Kecamatan Bukit Raya.',
        'Tabel 1.1 Batas Wilayah Kecamatan Sail',
        row('No', 'Arah', 'Wilayah'),
        row('1', 'Utara', 'Kecamatan Senapelan'),
        row('2', 'Selatan', 'Kabupaten Kampar'),
      ),
    },
    {
      name: 'a table comparing several kecamatan of the city (an enumeration) is left alone',
      text: sail(
        'Tabel 3.5 Indeks Kepuasan Masyarakat Kecamatan se-Kota Pekanbaru',
        row('No', 'Kecamatan', 'IKM'),
        row('1', 'Kecamatan Sail', '86,10'),
        row('2', 'Kecamatan Sukajadi', '84,20'),
        row('3', 'Kecamatan Limapuluh', '83,75'),
      ),
    },
    {
      name: 'an own name cut short at the end of a line or cell ("Kecamatan Marpoyan") is not a misspelling',
      text: marpoyan(
        'BAB II PERENCANAAN KINERJA KECAMATAN MARPOYAN',
        row('No', 'Sasaran Strategis', 'Indikator'),
        row('1', 'Meningkatnya Kualitas Pelayanan Kecamatan Marpoyan', 'Indeks Kepuasan Masyarakat'),
      ),
    },
    {
      name: 'a kecamatan-level word that names no unit ("tingkat kecamatan", "Kecamatan dan Kelurahan")',
      text: sail('Koordinasi penyelenggaraan pemerintahan di tingkat kecamatan.', 'Program Pemberdayaan Kecamatan dan Kelurahan berjalan baik.'),
    },
    {
      name: "the report of a regency's agency: mentions of kecamatan are places, not the unit",
      text: lines(
        'LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN 2023',
        'DINAS KESEHATAN KABUPATEN BANYUMAS',
        '',
        'BAB I PENDAHULUAN',
        'Kecamatan Sumbang dan Kecamatan Kembaran menjadi lokasi fokus penurunan stunting Dinas Kesehatan Kabupaten Banyumas.',
        'Kecamatan Ajibarang mencatat cakupan imunisasi tertinggi.',
      ),
    },
  ],
  invalid: [
    {
      name: 'a sibling kecamatan as the subject of a sentence (a copied report)',
      text: sail('Kecamatan Sukajadi Kota Pekanbaru telah menetapkan 1 (satu) Sasaran Strategis dengan 3 (tiga) Indikator Kinerja Utama.'),
      findings: [
        {
          line: 6,
          severity: 'error',
          expected: own,
          actual: 'Kecamatan Sukajadi',
          message: ['laporan Kecamatan Sail (Kota Pekanbaru) menyebut unit pelapornya "Kecamatan Sukajadi"', 'kecamatan lain di Kota Pekanbaru', 'seharusnya Kecamatan Sail'],
        },
      ],
    },
    {
      name: 'a sibling after "oleh", as owner of the report, and after "namun": one finding per paragraph',
      text: sail(
        'Sasaran Strategis yang telah ditetapkan oleh Kecamatan Senapelan dicapai melalui 4 (empat) program.',
        'Berdasarkan hasil evaluasi pada Laporan Kinerja Instansi Pemerintah Kecamatan Senapelan Tahun 2023, sasaran tercapai, namun Kecamatan Senapelan terus berupaya meningkatkan pelayanan.',
      ),
      findings: [
        { line: 6, actual: 'Kecamatan Senapelan', expected: own },
        { line: 7, actual: 'Kecamatan Senapelan', expected: own, message: ['"Kecamatan Senapelan" (2 kali)'] },
      ],
    },
    {
      name: 'a sibling in a table caption, in a table cell, in an all-caps appendix title and in the signature',
      text: sail(
        'Tabel 2.1 Sasaran Strategis Kecamatan Limapuluh',
        row('No', 'Sasaran Strategis', 'Indikator', 'Target'),
        row('1', 'Meningkatnya Kualitas Pelayanan Kecamatan Limapuluh', 'Indeks Kepuasan Masyarakat', '85'),
        'LAMPIRAN',
        'MATRIK RENCANA STRATEGIS KECAMATAN LIMAPULUH TAHUN 2021 - 2026',
        'CAMAT LIMAPULUH,',
      ),
      findings: [
        { message: ['Judul tabel "Tabel 2.1 Sasaran Strategis Kecamatan Limapuluh"'], actual: 'Kecamatan Limapuluh' },
        { line: 8, message: ['Tabel 2.1, baris 2, kolom 2'], actual: 'Kecamatan Limapuluh' },
        { line: 10, message: ['"KECAMATAN LIMAPULUH"'], actual: 'Kecamatan Limapuluh' },
        { line: 11, expected: 'Camat Sail', actual: 'Camat Limapuluh' },
      ],
    },
    {
      name: 'words that look like directions but are not cues ("arah kebijakan") and a sibling after the own name in the same sentence',
      text: sail('Strategi dan arah kebijakan Kecamatan Sukajadi disusun untuk mencapai sasaran Kecamatan Sail.'),
      findings: [{ line: 6, actual: 'Kecamatan Sukajadi' }],
    },
    {
      name: 'the own name misspelt is a warning',
      text: marpoyan('Laporan Kinerja Kecamatan Marpoyan Damia Tahun 2023 disusun sebagai pertanggungjawaban.'),
      findings: [
        {
          line: 6,
          severity: 'warning',
          expected: 'Kecamatan Marpoyan Damai',
          actual: 'Kecamatan Marpoyan Damia',
          message: ['"Kecamatan Marpoyan Damia" tidak ada dalam daftar resmi kecamatan di Kota Pekanbaru', 'nama unit pelapor adalah Kecamatan Marpoyan Damai'],
        },
      ],
    },
    {
      name: 'the own name misspelt in its last word, its first word being another kecamatan ("Rumbai Barta": Rumbai, Rumbai Barat)',
      text: lines(
        'LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN 2023',
        'KECAMATAN RUMBAI BARAT',
        'PEMERINTAH KOTA PEKANBARU',
        '',
        'BAB I PENDAHULUAN',
        'Kecamatan Rumbai Barta telah menetapkan sasaran strategis.',
        'Kecamatan Rumbai Timr telah menetapkan indikator kinerja utama.',
      ),
      findings: [
        { line: 6, severity: 'warning', expected: 'Kecamatan Rumbai Barat', actual: 'Kecamatan Rumbai Barta' },
        { line: 7, severity: 'error', expected: 'Kecamatan Rumbai Barat', actual: 'Kecamatan Rumbai Timur', message: ['"Kecamatan Rumbai Timr"'] },
      ],
    },
    {
      name: 'the own name with another regency',
      text: depok('Kecamatan Depok Kota Yogyakarta berkewajiban melaporkan hasil kinerjanya.', 'Kecamatan Depok Kabupaten Sleman menyusun Renstra 2021-2026.'),
      findings: [
        {
          line: 6,
          severity: 'error',
          expected: 'Kabupaten Sleman',
          actual: 'Kota Yogyakarta',
          message: ['unit pelapor ditulis "Kecamatan Depok Kota Yogyakarta"', 'Kecamatan Depok berada di Kabupaten Sleman, bukan di Kota Yogyakarta'],
        },
      ],
    },
    {
      name: 'a kecamatan of another regency as the reporting unit is a warning',
      text: depok('Kecamatan Sewon telah menetapkan 1 (satu) Sasaran Strategis pada tahun 2023.'),
      findings: [{ line: 6, severity: 'warning', expected: 'Kecamatan Depok', actual: 'Kecamatan Sewon', message: ['nama kecamatan di Kabupaten Bantul, bukan di Kabupaten Sleman'] }],
    },
    {
      name: 'the regency detected from the report is not the unit\'s (Kabupaten Kampar named more often): the one that holds Kecamatan Sail is used',
      text: sail('Kecamatan Sail bekerja sama dengan Kabupaten Kampar.', 'Kecamatan Sail dan Kabupaten Kampar menandatangani nota kesepahaman.', 'Kecamatan Sukajadi telah menetapkan sasaran strategis.'),
      findings: [{ line: 8, actual: 'Kecamatan Sukajadi', message: ['(Kota Pekanbaru)'] }],
    },
    {
      name: 'a reporting unit that is not in the official list (Tampan is no longer in the list) cannot be checked: one warning',
      text: lines(
        'LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN 2023',
        'KECAMATAN TAMPAN',
        'PEMERINTAH KOTA PEKANBARU',
        '',
        'BAB I PENDAHULUAN',
        'Kecamatan Sukajadi telah menetapkan sasaran strategis.',
      ),
      findings: [{ line: 2, severity: 'warning', actual: 'Kecamatan Tampan', message: ['tidak ada dalam daftar resmi kecamatan di Kota Pekanbaru'] }],
    },
    {
      name: "a kelurahan's report naming itself with a sibling kelurahan of the same kecamatan",
      text: lines(
        'LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN 2023',
        'KELURAHAN SUKAMAJU',
        'PEMERINTAH KOTA PEKANBARU',
        '',
        'BAB I PENDAHULUAN',
        'Kelurahan Sukamaju merupakan salah satu kelurahan di Kecamatan Sail Kota Pekanbaru.',
        'Kelurahan Cinta Raja telah menetapkan 2 (dua) indikator kinerja utama.',
        'Kelurahan Sukamaju berbatasan dengan Kelurahan Sukamulya.',
      ),
      findings: [{ line: 7, expected: 'Kelurahan Sukamaju', actual: 'Kelurahan Cinta Raja', message: ['nama kelurahan lain di Kecamatan Sail'] }],
    },
    {
      name: 'messages in English',
      lang: 'en',
      text: sail('Kecamatan Sukajadi berkewajiban melaporkan hasil kinerjanya.'),
      findings: [
        {
          line: 6,
          expected: own,
          actual: 'Kecamatan Sukajadi',
          message: ['Paragraph', 'the report of Kecamatan Sail (Kota Pekanbaru) names the reporting unit "Kecamatan Sukajadi"', 'another kecamatan of Kota Pekanbaru', 'expected Kecamatan Sail'],
        },
      ],
    },
  ],
});

describe('unit-name: related location and excerpt', () => {
  it('points to where the report names itself correctly (the cover) and quotes the sentence', () => {
    const [f] = lintWith(rule, { name: 'related', text: sail('Kecamatan Sukajadi berkewajiban melaporkan hasil kinerjanya.') });
    expect(f.related[0].location.line).toBe(2);
    expect(f.related[0].note).toBe('Kecamatan Sail');
    expect(f.excerpt).toContain('Kecamatan Sukajadi berkewajiban');
  });
});

describe('unit-name: the reference report (Kecamatan Dumai Barat, Kota Dumai)', () => {
  let findings: Finding[];
  beforeAll(async () => {
    findings = await lintReference(rule);
  });

  it('finds every "Kecamatan Sungai Sembilan" that names the reporting unit, and nothing else', () => {
    // 95 Ringkasan eksekutif "ditetapkan oleh ..."; 474 Sistematika "struktur organisasi ...";
    // 537 "Tugas Pokok dan Fungsi ..."; 646 and 699 subject of BAB III sentences; 778 Tabel 3.4
    // sasaran cell; 822 "namun ... terus berupaya"; 1185 "... menganggarkan Belanja Operasi";
    // 1221 Bab IV "Laporan Kinerja ... Kecamatan Sungai Sembilan"; 1264 the appendix title
    // "MATRIK RENCANA STRATEGIS KECAMATAN SUNGAI SEMBILAN".
    expect(findings.map((f) => f.location.line)).toEqual([95, 474, 537, 646, 699, 778, 822, 1185, 1221, 1264]);
    for (const f of findings) {
      expect(f.expected).toBe('Kecamatan Dumai Barat');
      expect(f.actual).toBe('Kecamatan Sungai Sembilan');
      expect(f.severity).toBe('error');
    }
    expect(findings.find((f) => f.location.line === 778)?.location.column).toBe(2);
    expect(findings.find((f) => f.location.line === 1264)?.message).toContain('"KECAMATAN SUNGAI SEMBILAN"');
  });

  it('leaves the own name cut short ("Kecamatan Dumai" in the PK appendix, the BAB II heading) alone', () => {
    expect(findings.some((f) => f.location.line === 1438 || f.location.line === 488)).toBe(false);
  });
});
