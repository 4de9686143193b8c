#!/usr/bin/env node
import { tuneV8ForLinting } from '../engine/v8-tuning.js';

// V8 is set before the CLI's modules load: some settings apply only to code compiled after them
// (the regular expressions of the modules' top levels among it).
tuneV8ForLinting();
const { run } = await import('./run.js');

// A reader that stops early (`lkjip-lint … | head`) closes the pipe: the rest of the output has
// nowhere to go, so it is dropped, and the lint still ends with its own exit code.
let stdoutClosed = false;
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  stdoutClosed = true;
});

process.exitCode = await run(process.argv.slice(2), {
  stdout: (s) => {
    if (!stdoutClosed) process.stdout.write(s);
  },
  stderr: (s) => process.stderr.write(s),
  cwd: process.cwd(),
  // NO_COLOR (https://no-color.org) turns colours off like --no-color.
  isTTY: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  progress: process.stderr.isTTY ? process.stderr : undefined,
});
