import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Report, ReportUnit } from '../model/index.js';
import { InputError } from '../engine/errors.js';
import { extractText } from './text.js';
import { detectMetadata } from './metadata.js';

export interface ExtractOptions {
  /** Override of the fiscal year (config/CLI). */
  year?: number;
  /** Override of the reporting unit (config/CLI). */
  unit?: ReportUnit;
}

/** Read a file, pick its extractor and return the report model with its metadata. */
export async function extractReport(file: string, options: ExtractOptions = {}): Promise<Report> {
  let data: Buffer;
  try {
    data = await readFile(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'EIO';
    throw new InputError(file, {
      id: code === 'ENOENT' ? 'berkas tidak ditemukan' : code === 'EISDIR' ? 'ini sebuah folder, bukan berkas' : 'berkas tidak dapat dibaca ({code})',
      en: code === 'ENOENT' ? 'file not found' : code === 'EISDIR' ? 'this is a directory, not a file' : 'file cannot be read ({code})',
    }, { code });
  }
  if (data.length === 0) throw new InputError(file, { id: 'berkas kosong (0 bita)', en: 'file is empty (0 bytes)' });
  const ext = extname(file).toLowerCase();
  const looksBinary = data.subarray(0, 4096).includes(0);
  if (looksBinary || ['.pdf', '.docx', '.xlsx', '.doc', '.xls'].includes(ext)) {
    throw new InputError(file, {
      id: 'format ini belum didukung (baru teks .txt/.md)',
      en: 'this format is not supported yet (only .txt/.md text)',
    });
  }
  const report = extractText(file, data.toString('utf8'));
  report.metadata = detectMetadata(report, options);
  return report;
}
