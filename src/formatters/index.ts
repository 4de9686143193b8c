import { ConfigError } from '../engine/errors.js';
import { formatHtml } from './html.js';
import { formatJson } from './json.js';
import { formatMarkdown } from './markdown.js';
import { formatSarif } from './sarif.js';
import { formatXlsx } from './xlsx.js';
import { formatStylish } from './stylish.js';
import type { Formatter } from './types.js';

export type { Formatter, FormatterContext } from './types.js';

// In the order --help lists them.
const formatters: Record<string, Formatter> = {
  stylish: formatStylish,
  json: formatJson,
  xlsx: formatXlsx,
  html: formatHtml,
  sarif: formatSarif,
  markdown: formatMarkdown,
};

export const formatterNames = Object.keys(formatters);

/** Formats written as bytes, to --output only. */
const BINARY = new Set(['xlsx']);

export function isBinaryFormat(name: string): boolean {
  return BINARY.has(name);
}

export function getFormatter(name: string): Formatter {
  const formatter = Object.hasOwn(formatters, name) ? formatters[name] : undefined;
  if (!formatter) {
    throw new ConfigError(
      '--format',
      { id: 'format keluaran tidak dikenal "{name}" (pilihan: {known})', en: 'unknown output format "{name}" (choose {known})' },
      { name, known: formatterNames.join(', ') },
    );
  }
  return formatter;
}
