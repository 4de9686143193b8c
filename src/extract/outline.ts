import type { SectionContext } from '../model/index.js';

export interface HeadingMatch {
  level: number;
  number?: string;
  title: string;
  /** The part of the report this heading opens, when it opens one. */
  part?: SectionContext['part'];
}

const FRONT_HEADINGS: Array<[RegExp, SectionContext['part']]> = [
  [/^(ringkasan|ikhtisar)\s+eksekutif$/i, 'summary'],
  [/^(kata\s+pengantar|daftar\s+isi|daftar\s+(tabel|gambar|lampiran)\b.*|surat\s+pernyataan\b.*)$/i, 'front'],
  [/^lampiran(\s*[-–:]?\s*lampiran)?\s*:?$/i, 'appendix'],
];

/**
 * Recognise a heading line of an LKjIP: "BAB III AKUNTABILITAS KINERJA", a numbered
 * section "3.7. Akuntabilitas Keuangan", or a front-matter title ("Ringkasan Eksekutif").
 */
export function matchHeading(text: string, options: { upperCaseBab?: boolean } = {}): HeadingMatch | undefined {
  const t = text.trim();
  if (t.length === 0 || t.length > 160) return undefined;
  // When chapters are headed "BAB I", a "Bab I ..." line is a mention (e.g. in the outline of the report).
  const babRe = options.upperCaseBab ? /^BAB\s+([IVX]{1,4}|\d{1,2})\b\.?\s*(.*)$/ : /^BAB\s+([IVX]{1,4}|\d{1,2})\b\.?\s*(.*)$/i;
  const bab = babRe.exec(t);
  if (bab) return { level: 1, number: bab[1].toUpperCase(), title: bab[2].trim(), part: 'body' };
  for (const [re, part] of FRONT_HEADINGS) if (re.test(t)) return { level: 1, title: t, part };
  const sec = /^(\d{1,2}(?:\.\d{1,2}){1,3})\.?\s+(\S.*)$/.exec(t);
  if (sec && t.length <= 120 && /^\p{Lu}/u.test(sec[2]) && !/[:;,]$/.test(t)) {
    const depth = sec[1].split('.').length;
    return { level: depth, number: sec[1], title: sec[2].trim() };
  }
  return undefined;
}

/** Does the document head its chapters with an upper-case "BAB"? */
export function usesUpperCaseBab(lines: string[]): boolean {
  return lines.some((l) => /^\W{0,3}BAB\s+[IVX]{1,4}\b/.test(l.trim()));
}

/** Keeps the current outline position while blocks are read in order. */
export class OutlineTracker {
  private context: SectionContext = { part: 'front' };

  current(): SectionContext {
    return this.context;
  }

  enter(h: HeadingMatch): SectionContext {
    if (h.level === 1) {
      const isBab = h.part === 'body';
      this.context = {
        part: h.part ?? this.context.part,
        chapter: isBab ? `BAB ${h.number}` : h.title,
        chapterTitle: isBab ? h.title : undefined,
      };
    } else {
      this.context = {
        part: this.context.part,
        chapter: this.context.chapter,
        chapterTitle: this.context.chapterTitle,
        section: h.number,
        sectionTitle: h.title,
      };
    }
    return this.context;
  }
}

/** "BAB III › 3.7 Akuntabilitas Keuangan" */
export function describeContext(c: SectionContext): string | undefined {
  const parts: string[] = [];
  if (c.chapter) parts.push(c.chapter);
  if (c.section) parts.push(`${c.section} ${c.sectionTitle ?? ''}`.trim());
  return parts.length ? parts.join(' › ') : undefined;
}
