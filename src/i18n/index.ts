import type { BilingualText, Lang } from '../engine/types.js';

/** The text in the user's language, for a message put together from parts. */
export const say = (lang: Lang, id: string, en: string): string => (lang === 'id' ? id : en);

/** Fill `{name}` placeholders of the text in the chosen language. */
export function translate(text: BilingualText, lang: Lang, data: Record<string, string | number> = {}): string {
  return text[lang].replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in data ? String(data[key]) : whole,
  );
}

/** `text` with its `{name}` placeholder filled in each language by `value` in that language. */
export function fillIn(text: BilingualText, name: string, value: BilingualText): BilingualText {
  return { id: text.id.replaceAll(`{${name}}`, () => value.id), en: text.en.replaceAll(`{${name}}`, () => value.en) };
}
