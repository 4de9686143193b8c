import type { FileResult, Lang } from '../engine/types.js';

export interface FormatterContext {
  lang: Lang;
  color: boolean;
  /** Paths are shown relative to this directory. */
  cwd: string;
}

export type Formatter = (results: FileResult[], ctx: FormatterContext) => string;
