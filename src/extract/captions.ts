/** "Tabel 3.7", "TABEL 3.7 Realisasi Anggaran", "Tabel 3.1." */
export function parseCaption(text: string): { number: string; title: string } | undefined {
  const m = /^tabel\s+(\d{1,2}(?:\.\d{1,2}){0,2})\.?(?:\s+(.*))?$/i.exec(text.trim());
  if (!m) return undefined;
  return { number: m[1], title: (m[2] ?? '').trim() };
}

/** A short line that reads as a title: no sentence end, not too long. */
export function isTitleLike(text: string): boolean {
  return text.length <= 160 && !/[:;.]$/.test(text) && !/\.\s/.test(text);
}

/** How findings name a table: "Tabel 3.7", or its title, shortened. */
export function tableLabel(number: string | undefined, title: string | undefined): string | undefined {
  if (number) return `Tabel ${number}`;
  if (!title) return undefined;
  return title.length > 60 ? `${title.slice(0, 57).trimEnd()}…` : title;
}

/**
 * Words that open a row of their own in a budget or performance table: a line starting with
 * one is never the rest of the row above, broken by conversion or by a page.
 */
export const ROW_START = /^(indikator|program|kegiatan|sub\s*kegiatan|jumlah|total|sub\s*total|sasaran|tujuan|j\s*u\s*m\s*l\s*a\s*h|belanja)\b/i;
