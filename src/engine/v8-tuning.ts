import { setFlagsFromString } from 'node:v8';

let tuned = false;

/**
 * Turn off inlining in V8's optimising compiler, for this process and the worker threads it
 * starts. A lint runs a large body of code (some hundreds of functions) a few times per report:
 * optimised code inlined from many callees is costly to compile and, when a callee's input
 * changes shape, to throw away and compile again, and compilation is a large part of a short
 * lint. `npm run bench:tuning` measures the two settings against each other.
 *
 * The CLI and the bench call this; the library does not, since a host process keeps its own
 * settings. LKJIP_V8_TUNING=0 leaves V8 as it is.
 */
export function tuneV8(): boolean {
  if (process.env.LKJIP_V8_TUNING === '0') return false;
  if (!tuned) setFlagsFromString('--no-turbo-inlining');
  tuned = true;
  return true;
}
