#!/usr/bin/env node
import { tuneV8 } from '../engine/v8-tuning.js';

// Before the rest of the CLI is loaded, so that its loading runs with the same settings.
tuneV8();
const { run } = await import('./run.js');

process.exitCode = await run(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  cwd: process.cwd(),
  // NO_COLOR (https://no-color.org) turns colours off like --no-color.
  isTTY: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  progress: process.stderr.isTTY ? process.stderr : undefined,
});
