/**
 * The Node options a worker thread of ours starts with: the host's own, as a worker would inherit
 * them, less those that only fit a main script given as text. Started with
 * `node --input-type=module -e …` (a host of the library), a worker that inherited
 * `--input-type` would refuse to load its file.
 */
export function workerExecArgv(execArgv: readonly string[] = process.execArgv): string[] {
  const kept: string[] = [];
  for (let i = 0; i < execArgv.length; i++) {
    if (execArgv[i] === '--input-type') i++;
    else if (!execArgv[i].startsWith('--input-type=')) kept.push(execArgv[i]);
  }
  return kept;
}
