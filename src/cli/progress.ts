import cliProgress from 'cli-progress';
import type { Lang } from '../engine/types.js';

/** A batch's progress bar on the terminal (stderr), so that stdout stays the report. */
export function startProgress(stream: NodeJS.WriteStream, total: number, lang: Lang): { increment(): void; stop(): void } {
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: lang === 'id' ? 'Memeriksa {bar} {value}/{total} berkas | {duration_formatted}' : 'Checking {bar} {value}/{total} files | {duration_formatted}',
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 20,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0);
  return { increment: () => bar.increment(), stop: () => bar.stop() };
}
