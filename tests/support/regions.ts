import { lines } from './rule-tester.js';

/*
 * Covers of small reports of real units, shared by the rules that check names and counts of
 * regions: each takes the body lines and returns the report text.
 */

/**
 * Kecamatan Sail, Kota Pekanbaru (Riau): kelurahan Cinta Raja, Sukamulya, Sukamaju (3); siblings
 * Sukajadi, Senapelan, Limapuluh, Pekanbaru Kota, Bukit Raya... Lines 1–3 cover, 4 blank, 5 BAB I
 * heading, body from line 6.
 */
export const sail = (...body: string[]) =>
  lines('LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN 2023', 'KECAMATAN SAIL', 'PEMERINTAH KOTA PEKANBARU', '', 'BAB I PENDAHULUAN', ...body);

/**
 * Kecamatan Depok, Kabupaten Sleman (DI Yogyakarta): desa Caturtunggal, Maguwoharjo, Condongcatur (3);
 * siblings Mlati, Ngaglik, Berbah, Kalasan... Body from line 6.
 */
export const depok = (...body: string[]) =>
  lines('LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN 2023', 'KECAMATAN DEPOK', 'PEMERINTAH KABUPATEN SLEMAN', '', 'BAB I PENDAHULUAN', ...body);

/** Dinas Kesehatan Kabupaten Banyumas (Jawa Tengah): 27 kecamatan, 301 desa, 30 kelurahan. Body from line 5. */
export const banyumas = (...body: string[]) =>
  lines('LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN 2023', 'DINAS KESEHATAN KABUPATEN BANYUMAS', '', 'BAB I PENDAHULUAN', ...body);
