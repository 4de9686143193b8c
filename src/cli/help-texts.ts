import type { BilingualText } from '../engine/types.js';

/** The texts of `lkjip-lint --help`, in the language of the messages. */
export const helpTexts = {
  /** The name of the positional argument, as the usage line shows it. */
  files: { id: 'berkas', en: 'files' },
  command: {
    id: 'Periksa laporan LKjIP: angka, nama, tahun dan rujukan yang tidak konsisten.',
    en: 'Check LKjIP reports for inconsistent figures, names, years and references.',
  },
  filesDescription: {
    id: 'Laporan yang diperiksa (.pdf, .docx, .xlsx, .txt, .md), folder atau pola glob',
    en: 'Reports to check (.pdf, .docx, .xlsx, .txt, .md), directories or glob patterns',
  },
  format: {
    id: 'Format keluaran (json: docs/json-format.md; yang lain: docs/formats.md)',
    en: 'Output format (json: docs/json-format.md; the others: docs/formats.md)',
  },
  output: { id: 'Tulis keluaran ke berkas ini (wajib untuk xlsx)', en: 'Write the output to this file (required for xlsx)' },
  concurrency: {
    id: 'Jumlah berkas yang diperiksa bersamaan, di thread pekerja (bawaan: jumlah inti prosesor)',
    en: 'Files checked at the same time, on worker threads (default: the number of cores)',
  },
  timeout: {
    id: 'Detik yang boleh dipakai satu berkas sebelum dihentikan (bawaan: 300 dalam batch; satu berkas saja tanpa batas kecuali opsi ini diberikan; 0: tanpa batas)',
    en: 'Seconds a file may take before it is stopped (default: 300 in a batch; a single file has no limit unless this is given; 0: no limit)',
  },
  baseline: {
    id: 'Laporkan hanya temuan yang belum diterima dalam berkas baseline ini',
    en: 'Report only findings not accepted in this baseline file',
  },
  writeBaseline: {
    id: 'Catat temuan saat ini sebagai diterima, ke berkas ini',
    en: 'Record the current findings as accepted, in this file',
  },
  lang: {
    id: 'Bahasa pesan (bawaan: id, atau "lang" dari berkas konfigurasi)',
    en: 'Language of the messages (default: id, or "lang" from the config file)',
  },
  config: {
    id: 'Pakai berkas konfigurasi ini, bukan yang dicari otomatis',
    en: 'Use this config file instead of searching for one',
  },
  rule: {
    id: 'Atur tingkat sebuah aturan: <id-aturan>:<off|info|warning|error> (boleh berulang)',
    en: "Set a rule's severity: <rule-id>:<off|info|warning|error> (repeatable)",
  },
  strict: {
    id: 'Angka tercetak harus hasil pembulatan (pemotongan tidak diterima)',
    en: 'Printed figures must be rounded values (do not accept truncation)',
  },
  year: {
    id: 'Tahun anggaran laporan (mis. 2023), bila deteksinya keliru',
    en: 'Fiscal year of the report (e.g. 2023), when detection is wrong',
  },
  quiet: { id: 'Laporkan galat saja (sembunyikan peringatan dan info)', en: 'Report errors only (hide warnings and infos)' },
  maxWarnings: {
    id: 'Keluar dengan kode 1 bila peringatan lebih banyak dari ini (-1: tanpa batas)',
    en: 'Exit with code 1 when there are more warnings than this (-1: no limit)',
  },
  debug: { id: 'Cetak jejak tumpukan kesalahan tak terduga', en: 'Print stack traces of unexpected errors' },
  color: { id: 'Beri warna pada keluaran (--no-color untuk mematikan)', en: 'Colour the output (--no-color to disable)' },
  epilog: {
    id: `Konfigurasi dibaca dari .lkjiplintrc.json, lkjip-lint.config.json atau kunci "lkjip-lint" di
package.json, dicari dari folder kerja ke atas; --rule menimpanya.

Kode keluar: 0 tanpa galat; 1 ada temuan bertingkat galat (error), atau peringatan lebih dari
--max-warnings; 2 berkas tidak dapat dibaca atau diperiksa, atau konfigurasi/argumen tidak sah.`,
    en: `Configuration is read from .lkjiplintrc.json, lkjip-lint.config.json or the "lkjip-lint" key of
package.json, searched from the working directory upward; --rule overrides it.

Exit codes: 0 no errors; 1 findings of severity error, or more warnings than --max-warnings;
2 a file could not be read or checked, or the configuration/arguments are invalid.`,
  },
} satisfies Record<string, BilingualText>;

/** yargs' own Indonesian words (its "id" locale) where they read awkwardly. */
export const yargsIndonesian = {
  'Options:': 'Opsi:',
  'Positionals:': 'Argumen:',
  array: 'daftar',
  'Invalid values:': 'Nilai tidak sah:',
  'Show help': 'Tampilkan bantuan',
  'Show version number': 'Tampilkan nomor versi',
  'aliases:': 'alias:',
};
