import type { RelatedLocation, Rule } from '../src/engine/types.js';
import { locationKey } from '../src/model/index.js';
import { tableName } from '../src/rulekit/describe.js';
import { fiscalHits, singlePeriodHit, type FiscalTrigger } from '../src/years/fiscal.js';
import { scanTexts } from '../src/years/texts.js';
import { describeWhere, yearSourceRelated } from '../src/years/where.js';

const MESSAGE: Record<FiscalTrigger, string> = {
  'budget-year': 'budgetYear',
  title: 'title',
  self: 'self',
  accountability: 'accountability',
  commitment: 'commitment',
  mixed: 'mixed',
  'this-year': 'thisYear',
};


/** Another year written where the report's own fiscal year is meant. */
const rule: Rule = {
  meta: {
    id: 'fiscal-year',
    family: 'years',
    defaultSeverity: 'error',
    description: {
      id: 'Tahun yang tertulis pada judul, tahun anggaran, pertanggungjawaban dan komitmen kinerja laporan harus tahun anggaran laporan itu sendiri.',
      en: "Where the report's own year is meant (titles, the budget year, what the report accounts for, its performance commitments), the year written must be the report's fiscal year.",
    },
    docs: 'docs/rules/fiscal-year.md',
    messages: {
      budgetYear: {
        id: '{where}: tertulis "{phrase}", padahal laporan ini untuk tahun anggaran {expected}, bukan {actual}.',
        en: '{where}: reads "{phrase}", but this report is for fiscal year {expected}, not {actual}.',
      },
      title: {
        id: '{where}: judul "{phrase}" menyebut tahun {actual}, padahal dokumen ini bagian dari laporan tahun anggaran {expected}.',
        en: '{where}: the title "{phrase}" names {actual}, but it belongs to the report for fiscal year {expected}.',
      },
      self: {
        id: '{where}: "{phrase}" menyebut laporan ini sebagai laporan tahun {actual}, padahal laporan ini untuk tahun anggaran {expected}.',
        en: '{where}: "{phrase}" calls this report the report for {actual}, but it is for fiscal year {expected}.',
      },
      accountability: {
        id: '{where}: laporan ini mempertanggungjawabkan kinerja tahun {expected}, tetapi tertulis "{phrase}" (tahun {actual}).',
        en: '{where}: this report accounts for the performance of {expected}, but it reads "{phrase}" ({actual}).',
      },
      commitment: {
        id: '{where}: komitmen kinerja yang dilaporkan adalah komitmen tahun {expected}, tetapi tertulis "{phrase}" (tahun {actual}).',
        en: '{where}: the performance commitment reported on is that of {expected}, but it reads "{phrase}" ({actual}).',
      },
      mixed: {
        id: '{where}: kalimat yang sama menyebut tahun anggaran {expected} dan "{phrase}" (tahun {actual}) tanpa perbandingan; dokumen yang dimaksud semestinya tahun {expected}.',
        en: '{where}: the same sentence names fiscal year {expected} and "{phrase}" ({actual}) without a comparison; the document meant is presumably that of {expected}.',
      },
      thisYear: {
        id: '{where}: "{phrase}" menyebut {actual} sebagai tahun berjalan, padahal laporan ini untuk tahun anggaran {expected}.',
        en: '{where}: "{phrase}" calls {actual} the current year, but this report is for fiscal year {expected}.',
      },
      tablePeriod: {
        id: '{where}: satu-satunya tahun di kepala tabel adalah {actual} ("{phrase}") di atas {content}, padahal laporan ini untuk tahun anggaran {expected}{titleNote}.',
        en: '{where}: the only year in the table header is {actual} ("{phrase}") above {content}, but this report is for fiscal year {expected}{titleNote}.',
      },
    },
  },
  check(ctx) {
    const year = ctx.doc.report.metadata.year;
    if (!year) return;
    // A year found by counting mentions is itself a guess: nothing is reported above a warning.
    const guessed = ctx.doc.report.metadata.yearSource === 'frequency';
    const source = yearSourceRelated(ctx.doc, ctx.lang);
    const done = new Set<string>();
    const id = ctx.lang === 'id';

    for (const scan of scanTexts(ctx.doc)) {
      for (const hit of fiscalHits(scan, year)) {
        const k = locationKey(scan.loc) + '|' + hit.year;
        if (done.has(k)) continue;
        done.add(k);
        const related: RelatedLocation[] = [];
        if (hit.related) related.push({ location: hit.related, note: id ? 'baris sebelumnya' : 'line before' });
        if (source) related.push(source);
        ctx.report({
          messageId: MESSAGE[hit.trigger],
          data: { where: describeWhere(scan, ctx.lang), phrase: hit.phrase, actual: String(hit.year), expected: String(year) },
          location: scan.loc,
          related,
          expected: String(year),
          actual: String(hit.year),
          excerpt: scan.text.length > 240 ? `${scan.text.slice(0, 239)}…` : scan.text,
          severity: guessed ? 'warning' : hit.severity,
        });
      }
    }

    for (const t of ctx.doc.tables) {
      const title = t.table.caption ?? t.table.title;
      const hit = singlePeriodHit(t, year, title);
      if (!hit) continue;
      const k = locationKey(hit.loc) + '|' + hit.year;
      if (done.has(k)) continue;
      done.add(k);
      const roles = new Set(t.columns.filter((c) => c.period === hit.year).map((c) => c.role));
      const content = [
        roles.has('target') ? (id ? 'target' : 'targets') : undefined,
        roles.has('realisasi') ? (id ? 'realisasi' : 'results') : undefined,
        roles.has('capaian') ? (id ? 'capaian' : 'achievements') : undefined,
      ].filter(Boolean);
      const related: RelatedLocation[] = [];
      if (title) related.push({ location: t.table.loc, note: title });
      if (source) related.push(source);
      ctx.report({
        messageId: 'tablePeriod',
        data: {
          where: id ? `${tableName(t, ctx.lang)}, kepala tabel` : `${tableName(t, ctx.lang)}, table header`,
          phrase: hit.phrase,
          actual: String(hit.year),
          expected: String(year),
          content: content.join(id ? ' dan ' : ' and ').replace(/ dan (?=.* dan )/, ', ').replace(/ and (?=.* and )/, ', '),
          titleNote: hit.severity === 'error' && title ? (id ? `, sebagaimana judul tabelnya ("${title}")` : `, as its own title says ("${title}")`) : '',
        },
        location: hit.loc,
        related,
        expected: String(year),
        actual: String(hit.year),
        excerpt: title,
        severity: guessed ? 'warning' : hit.severity,
      });
    }
  },
};

export default rule;
