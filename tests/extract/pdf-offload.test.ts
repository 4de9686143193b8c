import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { compiled, root, runProbe } from '../support/probe.js';

/**
 * The compiled PDF reader shares a PDF with a worker thread, which reads the last half of the
 * pages (text and drawn lines). Run from the TypeScript sources, jest never takes that path, so it
 * is checked here through the compiled code (`npm test` builds first).
 */
const pdf = join(root, 'fixtures/reference/lkjip-dumai-barat-2023.pdf');
const run = promisify(execFile);

async function lintJson(env: NodeJS.ProcessEnv): Promise<unknown> {
  const args = [join(root, 'dist/src/cli/main.js'), pdf, '--format', 'json'];
  const { stdout } = await run(process.execPath, args, { env: { ...process.env, ...env }, maxBuffer: 64 << 20 }).catch((e: { stdout: string }) => e);
  return JSON.parse(stdout);
}

describe('PDF reading shared with a worker thread', () => {
  it('gives the same report as reading every page in one thread', async () => {
    const [shared, alone] = await Promise.all([lintJson({}), lintJson({ LKJIP_PDF_WORKER: '0' })]);
    expect((shared as { files: Array<{ findings: unknown[] }> }).files[0].findings.length).toBeGreaterThan(50);
    expect(shared).toEqual(alone);
  });

  it('the worker returns the text and the drawn lines of the pages from `from` on', async () => {
    const script = `
      import { readFileSync } from 'node:fs';
      import { openPdf } from ${compiled('src/extract/pdf/pdfjs.js')};
      import { readInWorker, workerPagesFrom } from ${compiled('src/extract/pdf/offload.js')};
      const data = readFileSync(${JSON.stringify(pdf)});
      const doc = await openPdf(new Uint8Array(data));
      const from = workerPagesFrom(doc.numPages);
      const r = await readInWorker(data, from);
      console.log(JSON.stringify({ pages: doc.numPages, from, read: r.pages.length,
        ruled: r.pages.filter((p) => p.rulings.length > 0).length, withText: r.pages.filter((p) => p.runs.length > 0 && p.height > 0).length }));
      await doc.destroy();`;
    const r = await runProbe<Record<string, number>>(script);
    expect(r.from).toBeGreaterThan(1);
    expect(r.from).toBeLessThanOrEqual(r.pages);
    expect(r.read).toBe(r.pages - r.from + 1);
    expect(r.withText).toBe(r.read);
    expect(r.ruled).toBeGreaterThan(0);
  });

  it('is not shared when the batch keeps every core busy (sharePdfReading(false))', async () => {
    const script = `
      import { readFileSync } from 'node:fs';
      import { readInWorker, sharePdfReading } from ${compiled('src/extract/pdf/offload.js')};
      const data = readFileSync(${JSON.stringify(pdf)});
      const shared = readInWorker(data, 30);
      const pages = (await shared).pages.length;
      sharePdfReading(false);
      const alone = readInWorker(data, 30);
      console.log(JSON.stringify({ pages, alone: alone === undefined }));`;
    const r = await runProbe<{ pages: number; alone: boolean }>(script);
    expect(r.pages).toBeGreaterThan(0);
    expect(r.alone).toBe(true);
  });
});
