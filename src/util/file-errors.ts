import type { BilingualText } from '../engine/types.js';

/** What a failed read or write of a file means to its user, from the system's error code. */
export function fileProblem(err: unknown): BilingualText {
  const code = (err as NodeJS.ErrnoException).code ?? 'EIO';
  switch (code) {
    case 'ENOENT':
      return { id: 'berkas atau foldernya tidak ditemukan', en: 'the file or its folder does not exist' };
    case 'EISDIR':
      return { id: 'ini sebuah folder, bukan berkas', en: 'this is a directory, not a file' };
    case 'EACCES':
    case 'EPERM':
      return { id: `tidak ada izin (${code})`, en: `permission denied (${code})` };
    case 'EROFS':
      return { id: 'penyimpanannya hanya-baca (EROFS)', en: 'the storage is read-only (EROFS)' };
    case 'ENOSPC':
      return { id: 'penyimpanan penuh (ENOSPC)', en: 'no space left on the storage (ENOSPC)' };
    default:
      return { id: `kesalahan sistem ${code}`, en: `system error ${code}` };
  }
}
