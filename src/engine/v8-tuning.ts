import { setFlagsFromString } from 'node:v8';

/**
 * V8 settings the CLI makes for this process and the worker threads it starts. The library does
 * not make them: a host process keeps its own settings. LKJIP_V8_TUNING=0 leaves V8 as it is.
 */
const applied = new Set<string>();

function apply(flag: string): void {
  if (applied.has(flag) || process.env.LKJIP_V8_TUNING === '0') return;
  setFlagsFromString(flag);
  applied.add(flag);
}

/**
 * Every lint: V8's optimising compiler does not inline the array built-ins (map, filter, …).
 * Inlined, `map` returns a holey array where the built-in returns a packed one, so the arrays a
 * function makes change their shape (map) when it is optimised or thrown back, and every
 * function that reads them is thrown away and compiled again, lint after lint. Without the
 * inlining their shape stays, and the compiler settles (`npm run diag:jit`).
 *
 * Every lint: each regular expression is compiled to machine code on its first run. By default
 * V8 first compiles it to bytecode and interprets it once, and compiles machine code only on its
 * second run. A lint runs some 500 expressions, nearly all of them again and again, and each
 * process or worker thread compiles its own: the bytecode step is one compile too many per
 * expression, paid again by every worker of a batch.
 */
export function tuneV8ForLinting(): void {
  apply('--no-turbo-inline-array-builtins');
  // Not --no-regexp-tier-up: turned off in a running process, it crashes V8 on the next run of
  // an expression compiled before to bytecode alone. No tick before the tier-up works on the
  // expressions compiled from here on, and leaves the others as they were.
  apply('--regexp-tier-up-ticks=0');
}

/**
 * Batches on two workers or more: no inlining at all, and (V8 11, Node 20) a function must run
 * about 7 times as long before it is optimised. A lint runs a large body of code (some hundreds
 * of functions) a few times per report, and V8 compiles its optimised code on helper threads.
 * One worker leaves those threads a free core, but workers that fill the cores compete with
 * them: there, compiling less (fewer functions, and each without inlining, cheaper again when
 * code is thrown away) gains more than the optimised code would. `npm run bench:tuning`
 * measures the settings.
 */
export function tuneV8ForBatch(): void {
  apply('--no-turbo-inlining');
  // V8 12 (Node 22) counts calls instead (--invocation-count-for-turbofan), where raising the
  // count showed no gain; an unknown flag would be reported on standard output.
  if (v8Major() <= 11) apply(`--interrupt-budget=${BATCH_INTERRUPT_BUDGET}`);
}

/** V8's default is 67584 bytes of bytecode run. Of 0.25, 0.5, 1 and 2 million, 0.5 and 1 did best on 2 cores (within the machine's noise). */
const BATCH_INTERRUPT_BUDGET = 500_000;

function v8Major(): number {
  return Number(process.versions.v8.split('.')[0]);
}

/** The flags set so far (for tests and diagnostics). */
export function appliedV8Flags(): string[] {
  return [...applied];
}
