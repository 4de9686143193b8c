import type { Rule } from '../src/engine/types.js';

const FORMAT_NAMES = {
  text: { id: 'teks', en: 'text' },
  pdf: { id: 'PDF', en: 'PDF' },
  docx: { id: 'DOCX (Word)', en: 'DOCX (Word)' },
  xlsx: { id: 'XLSX (Excel)', en: 'XLSX (Excel)' },
} as const;

/** A file whose content is of another format than its name says: read by its content, but worth renaming. */
const rule: Rule = {
  meta: {
    id: 'file-extension',
    family: 'input',
    defaultSeverity: 'warning',
    description: {
      id: 'Ekstensi nama berkas tidak sesuai dengan isinya (berkas tetap dibaca menurut isinya).',
      en: 'The file name extension does not match its content (the file is still read by its content).',
    },
    docs: 'docs/rules/file-extension.md',
    messages: {
      mismatch: {
        id: 'Berkas bernama "{extension}" tetapi isinya {format}; berkas dibaca sebagai {format}. Ganti nama berkas agar pembaca lain tidak keliru.',
        en: 'The file is named "{extensionEn}" but its content is {formatEn}; it was read as {formatEn}. Rename it so that other readers are not misled.',
      },
    },
  },
  check(ctx) {
    const mismatch = ctx.doc.report.extensionMismatch;
    if (!mismatch) return;
    ctx.report({
      messageId: 'mismatch',
      data: {
        extension: mismatch.extension || '(tanpa ekstensi)',
        extensionEn: mismatch.extension || '(no extension)',
        format: FORMAT_NAMES[mismatch.format].id,
        formatEn: FORMAT_NAMES[mismatch.format].en,
      },
      location: { file: ctx.doc.report.file },
    });
  },
};

export default rule;
