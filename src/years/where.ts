import type { Lang, RelatedLocation } from '../engine/types.js';
import type { Block, Report } from '../model/index.js';
import type { NormalisedReport } from '../normalise/types.js';
import { tableName } from '../rulekit/describe.js';
import type { ScanText } from './texts.js';

/** Where a text stands, for a message: "Judul Tabel 3.3", "KATA PENGANTAR", "Tabel 3.4, kepala tabel". */
export function describeWhere(s: ScanText, lang: Lang): string {
  return placeOf(s, lang).replace(/[\s:;,.–-]+$/u, '');
}

function placeOf(s: ScanText, lang: Lang): string {
  const id = lang === 'id';
  const table = s.table ? tableName(s.table, lang) : s.loc.table ?? (id ? 'tabel' : 'table');
  switch (s.kind) {
    case 'heading':
      return id ? 'Judul bagian' : 'Heading';
    case 'caption':
      return id ? `Judul ${table}` : `Caption of ${table}`;
    case 'header':
      return id ? `${table}, kepala tabel` : `${table}, table header`;
    case 'cell':
      return id ? `${table}, baris ${s.loc.row ?? '?'}` : `${table}, row ${s.loc.row ?? '?'}`;
    case 'toc':
      return s.loc.section ?? (id ? 'Daftar isi' : 'Table of contents');
    default: {
      const sheet = s.loc.sheet ? (id ? `Lembar ${s.loc.sheet}` : `Sheet ${s.loc.sheet}`) : undefined;
      const place = s.loc.section ?? sheet ?? (s.block.context.part === 'front' ? (id ? 'Sampul' : 'Cover') : id ? 'Teks' : 'Text');
      return s.document ? `${place.replace(/[\s:;,.–-]+$/u, '')} › ${s.document}` : place;
    }
  }
}

/** The cover title the fiscal year was read from, as a related location; or the override. */
export function yearSourceRelated(doc: NormalisedReport, lang: Lang): RelatedLocation | undefined {
  const report: Report = doc.report;
  const meta = report.metadata;
  if (!meta.year) return undefined;
  if (meta.yearSource === 'title' && meta.title) {
    const block = report.blocks.find((b): b is Exclude<Block, { kind: 'table' }> => b.kind !== 'table' && (b.text === meta.title || b.text.includes(meta.title!) || meta.title!.includes(b.text)) && /\d{4}/.test(b.text));
    if (block) {
      return { location: block.loc, note: lang === 'id' ? `judul laporan: "${block.text}" (tahun anggaran ${meta.year})` : `report title: "${block.text}" (fiscal year ${meta.year})` };
    }
  }
  return undefined;
}
