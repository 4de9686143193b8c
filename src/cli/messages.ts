import type { BilingualText } from '../engine/types.js';

export const cliMessages = {
  noFiles: {
    id: 'tidak ada berkas yang diberikan.\nPemakaian: lkjip-lint [opsi] <berkas..>   (lihat lkjip-lint --help)',
    en: 'no files given.\nUsage: lkjip-lint [options] <files..>   (see lkjip-lint --help)',
  },
  badArguments: {
    id: '{problem}\nJalankan lkjip-lint --help untuk melihat opsi.',
    en: '{problem}\nRun lkjip-lint --help to see the options.',
  },
  unexpected: { id: 'kesalahan tak terduga: {message}', en: 'unexpected error: {message}' },
  debugHint: {
    id: '(jalankan dengan --debug untuk melihat jejak tumpukan)',
    en: '(run with --debug to see the stack trace)',
  },
  tooManyWarnings: {
    id: 'terlalu banyak peringatan: {count} (maksimum {max})',
    en: 'too many warnings: {count} (maximum {max})',
  },
  badMaxWarnings: {
    id: 'harus bilangan bulat -1 atau lebih (-1 = tanpa batas), bukan "{value}"',
    en: 'must be a whole number, -1 or more (-1 = unlimited), not "{value}"',
  },
  noMatch: {
    id: 'tidak ada berkas laporan yang cocok dengan "{pattern}"',
    en: 'no report files match "{pattern}"',
  },
  timedOut: {
    id: 'pemeriksaan dihentikan: melebihi batas waktu {seconds} detik per berkas ({option})',
    en: 'check stopped: it took longer than the time limit per file ({seconds} s, {option})',
  },
  outOfMemory: {
    id: 'pemeriksaan dihentikan: berkas ini menghabiskan memori yang boleh dipakai satu thread pekerja (jalankan Node dengan --max-old-space-size yang lebih besar)',
    en: 'check stopped: the file used up the memory a worker thread may use (run Node with a larger --max-old-space-size)',
  },
  workerStopped: {
    id: 'thread pekerja yang memeriksanya berhenti tiba-tiba',
    en: 'the worker thread checking it stopped unexpectedly',
  },
  needsOutput: {
    id: 'format {format} menghasilkan berkas biner: tentukan berkas tujuan dengan --output',
    en: 'the {format} format is a binary file: name it with --output',
  },
  cannotWrite: {
    id: 'tidak dapat menulis {path}: {problem}',
    en: 'cannot write {path}: {problem}',
  },
  outputIsInput: {
    id: '{path} adalah salah satu berkas yang diperiksa: keluaran tidak pernah ditulis ke berkas masukan',
    en: '{path} is one of the files checked: the output is never written to an input file',
  },
  badCount: {
    id: 'harus bilangan bulat {min} atau lebih, bukan "{value}"',
    en: 'must be a whole number, {min} or more, not "{value}"',
  },
  baselineWritten: {
    id: '{count} temuan dicatat sebagai baseline di {path}',
    en: '{count} findings recorded as the baseline in {path}',
  },
  baselineSuppressed: {
    id: '{count} temuan yang sudah diterima dalam baseline tidak ditampilkan',
    en: '{count} findings already accepted in the baseline are not shown',
  },
} satisfies Record<string, BilingualText>;
