import { inflateRawSync } from 'node:zlib';
import type { BilingualText } from '../engine/types.js';

/**
 * Just enough of the ZIP format to look inside a DOCX/XLSX before a library unpacks it: the
 * names and sizes in its central directory, so that the format is known from the content and
 * an archive that would unpack to an absurd size (a zip bomb) is refused.
 */
export interface ZipEntry {
  name: string;
  compressedSize: number;
  size: number;
  /** 0 stored, 8 deflated (the only two DOCX/XLSX readers know). */
  method: number;
  localHeaderOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** What is wrong with the archive, in each language (it goes into the file's message). */
export class ZipError extends Error {
  constructor(readonly detail: BilingualText) {
    super(detail.en);
  }
}
/** An archive that unpacks, or may unpack, to more than it admits. */
export class ZipBombError extends ZipError {}

export function listZip(data: Buffer): ZipEntry[] {
  const from = Math.max(0, data.length - 65557);
  let eocd = -1;
  for (let i = data.length - 22; i >= from; i--) {
    if (data.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipError({ id: 'akhir direktori ZIP tidak ditemukan', en: 'no end of central directory' });
  const count = data.readUInt16LE(eocd + 10);
  let offset = data.readUInt32LE(eocd + 16);
  if (count === 0xffff || offset === 0xffffffff) throw new ZipBombError({ id: 'arsip ZIP64', en: 'zip64 archive' });
  const entries: ZipEntry[] = [];
  for (let k = 0; k < count; k++) {
    if (offset + 46 > data.length || data.readUInt32LE(offset) !== CENTRAL) throw new ZipError({ id: 'direktori ZIP terpotong', en: 'truncated central directory' });
    const method = data.readUInt16LE(offset + 10);
    const compressedSize = data.readUInt32LE(offset + 20);
    const size = data.readUInt32LE(offset + 24);
    const nameLength = data.readUInt16LE(offset + 28);
    const extraLength = data.readUInt16LE(offset + 30);
    const commentLength = data.readUInt16LE(offset + 32);
    const name = data.toString('utf8', offset + 46, offset + 46 + nameLength);
    if (size === 0xffffffff || compressedSize === 0xffffffff) throw new ZipBombError({ id: 'bagian ZIP64', en: 'zip64 entry' });
    entries.push({ name, compressedSize, size, method, localHeaderOffset: data.readUInt32LE(offset + 42) });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * Unpack every part with the size its directory gives as the limit: a directory can lie, and the
 * DOCX/XLSX readers would unpack what the data holds. Throws ZipBombError for a part that holds
 * more, ZipError for one that cannot be read.
 */
export function checkZipSizes(data: Buffer, entries: readonly ZipEntry[]): void {
  for (const entry of entries) {
    const at = entry.localHeaderOffset;
    if (at + 30 > data.length || data.readUInt32LE(at) !== LOCAL) throw new ZipError({ id: `bagian ${entry.name} tanpa header lokal`, en: `no local header for ${entry.name}` });
    const start = at + 30 + data.readUInt16LE(at + 26) + data.readUInt16LE(at + 28);
    if (start + entry.compressedSize > data.length) throw new ZipError({ id: `bagian ${entry.name} terpotong`, en: `truncated part ${entry.name}` });
    const packed = data.subarray(start, start + entry.compressedSize);
    if (entry.method === 0 && entry.compressedSize !== entry.size) throw new ZipError({ id: `bagian ${entry.name} (tanpa kompresi) dengan dua ukuran`, en: `stored part ${entry.name} with two sizes` });
    if (entry.method !== 8) continue;
    try {
      // maxOutputLength must be at least 1; an empty part inflates to nothing either way.
      inflateRawSync(packed, { maxOutputLength: Math.max(1, entry.size) });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
        throw new ZipBombError({
          id: `${entry.name} terbuka lebih besar dari ${entry.size} bita yang tertulis di direktorinya`,
          en: `${entry.name} unpacks to more than the ${entry.size} bytes its directory says`,
        });
      }
      const code = (err as NodeJS.ErrnoException).code ?? 'zlib';
      throw new ZipError({ id: `bagian ${entry.name} tidak dapat dibuka (${code})`, en: `part ${entry.name} cannot be unpacked (${code})` });
    }
  }
}
