#!/usr/bin/env node
import { run } from './run.js';

process.exitCode = await run(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  cwd: process.cwd(),
  // NO_COLOR (https://no-color.org) turns colours off like --no-color.
  isTTY: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  progress: process.stderr.isTTY ? process.stderr : undefined,
});
