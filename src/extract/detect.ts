import type { InputFormat } from '../model/index.js';
import type { BilingualText } from '../engine/types.js';
import { checkZipSizes, listZip, ZipBombError, ZipError } from './zip.js';

export type Detected =
  | { format: InputFormat }
  | { problem: 'zip-other' | 'zip-corrupt' | 'zip-bomb' | 'ole' | 'binary' | 'empty'; detail?: BilingualText };

/** Limits on what a DOCX/XLSX may unpack to. */
export const ZIP_LIMITS = { totalBytes: 256 * 1024 * 1024, entries: 20000, ratio: 1000 };

/** The format of a file from its content (magic bytes, the parts inside a zip), not its name. */
export function detectFormat(data: Buffer): Detected {
  if (data.length === 0) return { problem: 'empty' };
  if (data.subarray(0, 1024).includes(Buffer.from('%PDF-'))) return { format: 'pdf' };
  // Magic numbers are 4 bytes; a shorter file can only be text (or binary).
  if (data.length >= 4 && data.readUInt32BE(0) === 0xd0cf11e0) return { problem: 'ole' };
  if (data.length >= 4 && (data.readUInt32LE(0) === 0x04034b50 || data.readUInt32LE(0) === 0x06054b50)) return detectZip(data);
  const head = data.subarray(0, 8192);
  if (head.includes(0)) return { problem: 'binary' };
  return { format: 'text' };
}

function detectZip(data: Buffer): Detected {
  let entries;
  try {
    entries = listZip(data);
  } catch (err) {
    return zipProblem(err);
  }
  const total = entries.reduce((a, e) => a + e.size, 0);
  const packed = entries.reduce((a, e) => a + e.compressedSize, 0);
  if (entries.length > ZIP_LIMITS.entries || total > ZIP_LIMITS.totalBytes || (total > 10 * 1024 * 1024 && total > packed * ZIP_LIMITS.ratio)) {
    const mib = Math.round(total / 1024 / 1024);
    return { problem: 'zip-bomb', detail: { id: `${entries.length} bagian, total ${mib} MiB`, en: `${entries.length} parts, ${mib} MiB unpacked` } };
  }
  try {
    checkZipSizes(data, entries);
  } catch (err) {
    return zipProblem(err);
  }
  const names = new Set(entries.map((e) => e.name));
  if (names.has('word/document.xml')) return { format: 'docx' };
  if (names.has('xl/workbook.xml')) return { format: 'xlsx' };
  return { problem: 'zip-other' };
}

function zipProblem(err: unknown): Detected {
  const detail = err instanceof ZipError ? err.detail : { id: (err as Error).message, en: (err as Error).message };
  return { problem: err instanceof ZipBombError ? 'zip-bomb' : 'zip-corrupt', detail };
}

const EXTENSIONS: Record<InputFormat, string[]> = {
  text: ['.txt', '.md', '.markdown', '.text', ''],
  pdf: ['.pdf'],
  docx: ['.docx', '.docm'],
  xlsx: ['.xlsx', '.xlsm'],
};

export function extensionMatches(format: InputFormat, extension: string): boolean {
  return EXTENSIONS[format].includes(extension.toLowerCase());
}
