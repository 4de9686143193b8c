import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { compiled, root, runProbe } from '../support/probe.js';

/**
 * The compiled PDF reader shares a PDF with a worker thread (the drawn lines of every page, the
 * text of the last pages). Run from the TypeScript sources, jest never takes that path, so it
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

  it('the worker returns the drawn lines of every page and the text of the pages from textFrom on', async () => {
    const script = `
      import { readFileSync } from 'node:fs';
      import { openPdf } from ${compiled('src/extract/pdf/pdfjs.js')};
      import { readInWorker, workerTextFrom } from ${compiled('src/extract/pdf/offload.js')};
      const data = readFileSync(${JSON.stringify(pdf)});
      const doc = await openPdf(new Uint8Array(data));
      const textFrom = workerTextFrom(doc.numPages);
      const r = await readInWorker(data, textFrom);
      console.log(JSON.stringify({ pages: doc.numPages, textFrom, rulings: r.rulings.length, texts: r.texts.length,
        ruled: r.rulings.filter((p) => p.length > 0).length, withText: r.texts.filter((t) => t.runs.length > 0 && t.height > 0).length }));
      await doc.destroy();`;
    const r = await runProbe<Record<string, number>>(script);
    expect(r.textFrom).toBeGreaterThan(1);
    expect(r.textFrom).toBeLessThanOrEqual(r.pages);
    expect(r.rulings).toBe(r.pages);
    expect(r.texts).toBe(r.pages - r.textFrom + 1);
    expect(r.withText).toBe(r.texts);
    expect(r.ruled).toBeGreaterThan(0);
  });
});
