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
} satisfies Record<string, BilingualText>;
