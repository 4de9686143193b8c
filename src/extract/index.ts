import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { InputFormat, Report, ReportUnit } from '../model/index.js';
import { InputError } from '../engine/errors.js';
import { fillIn } from '../i18n/index.js';
import type { BilingualText } from '../engine/types.js';
import { detectFormat, extensionMatches } from './detect.js';
import { extractText } from './text.js';
import { detectMetadata } from './metadata.js';

export interface ExtractOptions {
  /** Override of the fiscal year (config/CLI). */
  year?: number;
  /** Override of the reporting unit (config/CLI). */
  unit?: ReportUnit;
}

const PROBLEMS: Record<string, BilingualText> = {
  empty: { id: 'berkas kosong (0 bita)', en: 'file is empty (0 bytes)' },
  ole: {
    id: 'dokumen Word/Excel format lama (.doc/.xls) atau berkas Office terenkripsi: simpan ulang sebagai .docx/.xlsx tanpa kata sandi',
    en: 'old Word/Excel format (.doc/.xls) or an encrypted Office file: save it again as .docx/.xlsx without a password',
  },
  binary: { id: 'berkas biner yang tidak dikenal (bukan teks, PDF, DOCX atau XLSX)', en: 'unknown binary file (not text, PDF, DOCX or XLSX)' },
  'zip-other': { id: 'arsip ZIP ini bukan dokumen DOCX maupun XLSX', en: 'this ZIP archive is neither a DOCX nor an XLSX document' },
  'zip-corrupt': { id: 'arsip DOCX/XLSX rusak atau terpotong ({detail})', en: 'the DOCX/XLSX archive is corrupt or truncated ({detail})' },
  'zip-bomb': {
    id: 'arsip DOCX/XLSX terlalu besar bila dibuka ({detail}); ditolak demi keamanan',
    en: 'the DOCX/XLSX archive would unpack to an absurd size ({detail}); refused for safety',
  },
};

/** Read a file, recognise its format from its content and return the report model with its metadata. */
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
  const detected = detectFormat(data);
  if ('problem' in detected) throw new InputError(file, fillIn(PROBLEMS[detected.problem], 'detail', detected.detail ?? { id: '', en: '' }));
  const report = await extractAs(detected.format, file, data);
  const extension = extname(file);
  if (!extensionMatches(detected.format, extension)) report.extensionMismatch = { extension, format: detected.format };
  report.metadata = detectMetadata(report, options);
  return report;
}

/** The DOCX, XLSX and PDF readers load their libraries only when a file of theirs comes. */
async function extractAs(format: InputFormat, file: string, data: Buffer): Promise<Report> {
  switch (format) {
    case 'text':
      return extractText(file, data.toString('utf8'));
    case 'docx':
      return (await import('./docx.js')).extractDocx(file, data);
    case 'xlsx':
      return (await import('./xlsx.js')).extractXlsx(file, data);
    case 'pdf':
      return (await import('./pdf.js')).extractPdf(file, data);
  }
}
