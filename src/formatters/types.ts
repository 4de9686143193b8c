import type { FileResult, Lang } from '../engine/types.js';

export interface FormatterContext {
  lang: Lang;
  color: boolean;
  /** Paths are shown relative to this directory. */
  cwd: string;
}

export type TextFormatter = (results: FileResult[], ctx: FormatterContext) => string;
/** A binary format (xlsx): written to --output, never to a terminal. May be asynchronous. */
export type BinaryFormatter = (results: FileResult[], ctx: FormatterContext) => Uint8Array | Promise<Uint8Array>;
export type Formatter = TextFormatter | BinaryFormatter;
