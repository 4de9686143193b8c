import type { BilingualText, Lang } from './types.js';
import { translate } from '../i18n/index.js';

/** A problem that stops one file from being linted (exit code 2); the batch goes on. */
export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly problem: BilingualText,
    readonly data: Record<string, string | number> = {},
  ) {
    super(`${file}: ${translate(problem, 'en', data)}`);
    this.name = 'InputError';
  }

  describe(lang: Lang): string {
    return translate(this.problem, lang, this.data);
  }
}

/** A configuration problem (bad file, unknown rule, bad severity): exit code 2. */
export class ConfigError extends Error {
  constructor(
    readonly source: string,
    readonly problem: BilingualText,
    readonly data: Record<string, string | number> = {},
  ) {
    super(`${source}: ${translate(problem, 'en', data)}`);
    this.name = 'ConfigError';
  }

  describe(lang: Lang): string {
    return `${this.source}: ${translate(this.problem, lang, this.data)}`;
  }
}
