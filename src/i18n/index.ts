import type { BilingualText, Lang } from '../engine/types.js';

/** The text in the user's language, for a message put together from parts. */
export const say = (lang: Lang, id: string, en: string): string => (lang === 'id' ? id : en);

/** Fill `{name}` placeholders of the text in the chosen language. */
export function translate(text: BilingualText, lang: Lang, data: Record<string, string | number> = {}): string {
  return text[lang].replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in data ? String(data[key]) : whole,
  );
}
