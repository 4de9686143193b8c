/**
 * Text cleaning shared by the extractors: markup left behind by conversion (HTML fragments,
 * Markdown emphasis, LaTeX math) is removed so that rules see the words and figures only.
 */

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Split a cell holding several HTML paragraphs (`<p>a</p> <p>b</p>`) into their texts. */
export function htmlParagraphs(raw: string): string[] {
  const parts = raw.match(/<p\b[^>]*>[\s\S]*?<\/p>/gi);
  if (!parts || parts.length < 2) return [raw];
  return parts.map((p) => p.replace(/<\/?p\b[^>]*>/gi, ''));
}

const LATEX: Array<[RegExp, string]> = [
  [/\\leq?\b/g, '≤'],
  [/\\geq?\b/g, '≥'],
  [/\\times\b/g, '×'],
  [/\\%/g, '%'],
  [/\\frac\{([^{}]*)\}\{([^{}]*)\}/g, '($1) / ($2)'],
];

/** Clean text that is only a figure: an amount, a percentage, a row number ("Rp 1.357.900.300,-", "(96,51%)"). */
export function isFigureText(s: string): boolean {
  return /^[\s(]*(rp\.?|idr)?\s*[-–—]?[\d.,\s\u00a0]+(,-|%)?[\s)]*$/i.test(s) && /\d/.test(s);
}

/** Clean text: strip tags, entities, Markdown emphasis and inline LaTeX; collapse spaces. */
export function cleanText(raw: string): string {
  // Most text has none of the markup below: skip the replacements.
  if (!/[<&$*\t]| {2}/.test(raw)) return raw.trim();
  let s = decodeEntities(raw.replace(/<br\s*\/?>/gi, ' ').replace(/<[^>]+>/g, ' '));
  s = s.replace(/\$([^$]+)\$/g, (_, math: string) => {
    let m = math;
    for (const [re, to] of LATEX) m = m.replace(re, to);
    return m;
  });
  s = s.replace(/\*{1,3}([^*]*)\*{1,3}/g, '$1').replace(/\*+/g, '');
  return s.replace(/[ \t]+/g, ' ').trim();
}
