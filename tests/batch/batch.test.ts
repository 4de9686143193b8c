import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expandFiles } from '../../src/cli/files.js';
import { workerDataFor } from '../../src/batch/pool.js';
import { compiled, runProbe } from '../support/probe.js';

/**
 * Batches through the compiled CLI (`npm test` builds first), so that the files really run on
 * worker threads: directories and patterns, several workers, a corrupt file among good ones,
 * the per-file time limit, and baselines.
 */
const root = join(fileURLToPath(new URL('.', import.meta.url)), '../..');
const cliPath = join(root, 'dist/src/cli/main.js');
const sample = join(root, 'fixtures/reference/lkjip-dumai-barat-2023.txt');
/** The report 16 times over: takes well over 2 s, longer than the time limits of these tests. */
const slowPdf = join(root, 'fixtures/bench/reference-x16.pdf');
const run = promisify(execFile);

async function cli(cwd: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [cliPath, ...args], { cwd, maxBuffer: 64 << 20 });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

interface JsonOut {
  files: Array<{ file: string; unit?: string; findings: Array<{ ruleId: string; message: string; expected?: string; location: { line?: number } }>; error: string | null }>;
  summary: { files: number; errors: number; warnings: number; fatal: number };
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lkjip-batch-'));
  mkdirSync(join(dir, 'kota/sub'), { recursive: true });
  copyFileSync(sample, join(dir, 'kota/a.txt'));
  copyFileSync(sample, join(dir, 'kota/sub/b.txt'));
  copyFileSync(join(root, 'fixtures/bad/truncated.pdf'), join(dir, 'kota/c.pdf'));
  writeFileSync(join(dir, 'kota/notes.csv'), 'not a report');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('expandFiles', () => {
  it('takes the reports under a directory, sorted, and each file once', async () => {
    const { files, unmatched } = await expandFiles(['kota', 'kota/a.txt'], dir);
    expect(files.map((f) => f.slice(dir.length + 1))).toEqual(['kota/a.txt', 'kota/c.pdf', 'kota/sub/b.txt']);
    expect(unmatched).toEqual([]);
  });

  it('expands glob patterns and reports those that match nothing', async () => {
    const { files, unmatched } = await expandFiles(['kota/**/*.txt', 'kota/*.docx'], dir);
    expect(files.map((f) => f.slice(dir.length + 1))).toEqual(['kota/a.txt', 'kota/sub/b.txt']);
    expect(unmatched).toEqual(['kota/*.docx']);
  });

  it('keeps a missing plain path, so that linting it reports the problem', async () => {
    const { files } = await expandFiles(['kota/missing.pdf'], dir);
    expect(files).toEqual([join(dir, 'kota/missing.pdf')]);
  });
});

describe('a batch on worker threads', () => {
  it('lints every report of a directory, two at a time; a corrupt file gets its message and the others are linted', async () => {
    const out = await cli(dir, 'kota', '--concurrency', '2', '--format', 'json');
    expect(out.code).toBe(2);
    const json = JSON.parse(out.stdout) as JsonOut;
    expect(json.files.map((f) => f.file.slice(dir.length + 1))).toEqual(['kota/a.txt', 'kota/c.pdf', 'kota/sub/b.txt']);
    const [a, c, b] = json.files;
    expect(c.error).toMatch(/rusak atau terpotong/);
    expect(a.findings.length).toBeGreaterThan(50);
    // The same report gives the same findings, whichever worker read it.
    expect(b.findings.map((f) => f.message)).toEqual(a.findings.map((f) => f.message));
    expect(json.summary).toMatchObject({ files: 3, fatal: 1 });
  });

  it('prints one line per report in the summary of a batch', async () => {
    const out = await cli(dir, 'kota/a.txt', 'kota/c.pdf', '--no-color');
    expect(out.stdout).toContain('Per laporan:');
    expect(out.stdout).toMatch(/kota\/a\.txt \(Kecamatan Dumai Barat\)\s+\d+ galat, \d+ peringatan/);
    expect(out.stdout).toMatch(/kota\/c\.pdf\s+fatal/);
  });

  it('stops a file that takes longer than --timeout and goes on with the others', async () => {
    // A short report takes a fraction of the limit.
    writeFileSync(join(dir, 'short.txt'), readFileSync(sample, 'utf8').split('\n').slice(0, 260).join('\n'));
    const out = await cli(dir, slowPdf, 'short.txt', '--timeout', '2', '--concurrency', '1', '--format', 'json');
    expect(out.code).toBe(2);
    const json = JSON.parse(out.stdout) as JsonOut;
    expect(json.files[0].error).toMatch(/batas waktu 2 detik/);
    // The same lane goes on with a fresh worker.
    expect(json.files[1].error).toBeNull();
    expect(json.files[1].findings.length).toBeGreaterThan(3);
  }, 30000);

  it('holds a --timeout given for a single file too (the file runs on a worker), in both languages', async () => {
    const id = await cli(dir, slowPdf, '--timeout', '1', '--format', 'json');
    expect(id.code).toBe(2);
    expect((JSON.parse(id.stdout) as JsonOut).files[0].error).toBe('pemeriksaan dihentikan: melebihi batas waktu 1 detik per berkas (--timeout)');
    const en = await cli(dir, slowPdf, '--timeout', '1', '--lang', 'en');
    expect(en.code).toBe(2);
    expect(en.stdout).toContain('check stopped: it took longer than the time limit per file (1 s, --timeout)');
  }, 30000);

  it('says which pattern matched nothing, and exits 2', async () => {
    const out = await cli(dir, 'kota/a.txt', 'arsip/*.pdf');
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('tidak ada berkas laporan yang cocok dengan "arsip/*.pdf"');
  });
});

describe('baselines', () => {
  it('after --write-baseline, --baseline reports only what is new, though lines moved', async () => {
    const base = join(dir, 'accepted.json');
    const written = await cli(dir, 'kota/a.txt', '--write-baseline', base, '--format', 'json');
    const before = JSON.parse(written.stdout) as JsonOut;
    const accepted = JSON.parse(readFileSync(base, 'utf8')) as { version: number; findings: Array<{ ruleId: string; unit: string }> };
    expect(accepted.version).toBe(1);
    expect(accepted.findings).toHaveLength(before.files[0].findings.length);
    expect(accepted.findings[0].unit).toBe('Kecamatan Dumai Barat');

    // The re-submitted report: two lines added near the top (every line number moves) and one new
    // error: a total of a small table changed.
    const lines = readFileSync(sample, 'utf8').split('\n');
    const totalLine = lines.findIndex((l) => /^Jumlah\t/i.test(l) || /^JUMLAH\t/.test(l));
    expect(totalLine).toBeGreaterThan(0);
    const edited = [...lines];
    edited[totalLine] = edited[totalLine].replace(/(\d)(\D*)$/, (_, d: string, rest: string) => `${(Number(d) + 1) % 10}${rest}`);
    edited.splice(3, 0, 'Catatan revisi setelah reviu Inspektorat.', '');
    writeFileSync(join(dir, 'resubmitted.txt'), edited.join('\n'));
    const again = await cli(dir, 'resubmitted.txt', '--baseline', base, '--format', 'json');
    const after = JSON.parse(again.stdout) as JsonOut;
    const fresh = after.files[0].findings;
    expect(fresh.length).toBeGreaterThanOrEqual(1);
    expect(fresh.length).toBeLessThan(4);
    expect(fresh.some((f) => f.location.line === totalLine + 3)).toBe(true);
    expect(again.stderr).toMatch(/temuan yang sudah diterima dalam baseline tidak ditampilkan/);
  });

  it('refuses a file that is not a baseline', async () => {
    writeFileSync(join(dir, 'bogus.json'), '{"findings": 3}');
    const out = await cli(dir, 'kota/a.txt', '--baseline', 'bogus.json');
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('bukan baseline lkjip-lint');
  });
});

describe('--output', () => {
  it('writes the output to the file and nothing to stdout', async () => {
    const out = await cli(dir, 'kota/a.txt', '-f', 'markdown', '-o', 'temuan.md');
    expect(out.code).toBe(1);
    expect(out.stdout).toBe('');
    expect(readFileSync(join(dir, 'temuan.md'), 'utf8')).toMatch(/\| No \| Lokasi \| Temuan \|/);
  });

  it('asks for --output with xlsx, and never writes over an input file', async () => {
    const noOutput = await cli(dir, 'kota/a.txt', '-f', 'xlsx');
    expect(noOutput.code).toBe(2);
    expect(noOutput.stderr).toContain('tentukan berkas tujuan dengan --output');
    const before = readFileSync(join(dir, 'kota/a.txt'));
    const onInput = await cli(dir, 'kota/a.txt', '-f', 'json', '-o', 'kota/a.txt');
    expect(onInput.code).toBe(2);
    expect(onInput.stderr).toContain('keluaran tidak pernah ditulis ke berkas masukan');
    expect(readFileSync(join(dir, 'kota/a.txt')).equals(before)).toBe(true);
  });
});

describe('library API', () => {
  it("`import { lint } from 'lkjip-lint'` returns what --format json prints", async () => {
    const script = `import { lint } from 'lkjip-lint';
const r = await lint(${JSON.stringify(sample)});
process.stdout.write(JSON.stringify(r));`;
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: root, maxBuffer: 64 << 20 });
    const api = JSON.parse(stdout) as JsonOut & { version: string };
    const cliOut = JSON.parse((await cli(root, sample, '--format', 'json')).stdout) as JsonOut & { version: string };
    expect(api.version).toBe(cliOut.version);
    expect(api.files[0].findings).toEqual(cliOut.files[0].findings);
    expect(api.summary).toEqual(cliOut.summary);
  });
});

describe('library API: the time limit', () => {
  it('holds timeoutSeconds for a single file, which runs on a worker when a limit is given', async () => {
    const script = `import { lint } from 'lkjip-lint';
const limited = await lint(${JSON.stringify(slowPdf)}, { timeoutSeconds: 1 });
process.stdout.write(JSON.stringify(limited.files[0].error));`;
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: root, maxBuffer: 64 << 20 });
    // The library's own option, not the CLI's --timeout.
    expect(JSON.parse(stdout)).toBe('pemeriksaan dihentikan: melebihi batas waktu 1 detik per berkas (timeoutSeconds)');
  }, 30000);
});

describe('a file that uses up the memory of its worker', () => {
  it('is stopped with a message that says so, in the language of the messages, and the batch goes on', async () => {
    const docx = sample.replace(/\.txt$/, '.docx');
    const lintTight = (lang: string) =>
      run(process.execPath, ['--max-old-space-size=40', cliPath, '--format', 'json', '--lang', lang, '--concurrency', '1', docx, sample], { cwd: root, maxBuffer: 64 << 20 }).then(
        () => ({ code: 0, stdout: '', stderr: '' }),
        (e: { code: number; stdout: string; stderr: string }) => e,
      );
    const id = await lintTight('id');
    expect(id.code).toBe(2);
    const out = JSON.parse(id.stdout) as JsonOut;
    expect(out.files[0].error).toBe('pemeriksaan dihentikan: berkas ini menghabiskan memori yang boleh dipakai satu thread pekerja (jalankan Node dengan --max-old-space-size yang lebih besar)');
    expect(out.files[1].error).toBeNull();
    expect(out.files[1].findings.length).toBeGreaterThan(50);
    const en = JSON.parse((await lintTight('en')).stdout) as JsonOut;
    expect(en.files[0].error).toMatch(/^check stopped: the file used up the memory a worker thread may use/);
  }, 60_000);
});

describe('a host started with --input-type=module -e (the script given as text)', () => {
  it("lints a batch on its workers, and shares a PDF's reading with a thread of its own, in a batch or alone", async () => {
    const pdf = join(root, 'fixtures/difficulties/table-over-two-pages.pdf');
    const script = `
      import { availableParallelism } from 'node:os';
      import { lintBatch } from ${compiled('src/batch/pool.js')};
      import { lintFile } from ${compiled('src/engine/linter.js')};
      const config = { rules: {}, rounding: 'round-or-truncate', lang: 'id' };
      const outcomes = await lintBatch([${JSON.stringify(sample)}, ${JSON.stringify(pdf)}], config, { concurrency: 1, lintInProcess: lintFile });
      const shown = (o) => (o.failure ? { failure: o.failure.message } : { findings: o.result.findings.length, threads: o.result.stats.readingThreads });
      const single = await lintFile(${JSON.stringify(pdf)}, config);
      console.log(JSON.stringify({ cores: availableParallelism(), outcomes: outcomes.map(shown), single: single.stats.readingThreads }));`;
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: root, maxBuffer: 64 << 20 });
    const r = JSON.parse(stdout) as { cores: number; outcomes: Array<{ failure?: string; findings?: number; threads?: number }>; single: number };
    // Both files linted, and the PDF read on two threads where there is a core for the second:
    // in a batch worker, and in the host's own thread.
    expect(r.outcomes.map((o) => o.failure)).toEqual([undefined, undefined]);
    expect(r.outcomes[0].findings).toBeGreaterThan(50);
    expect(r.outcomes[1].threads).toBe(r.cores >= 2 ? 2 : 1);
    expect(r.single).toBe(r.cores >= 2 ? 2 : 1);
  }, 60_000);

  it("keeps the host's V8 options for its workers (a V8 option cannot be given to a worker, only inherited)", async () => {
    const { stdout } = await run(process.execPath, ['--max-old-space-size=3000', '--stack-size=2000', cliPath, '--format', 'json', '--concurrency', '2', sample, sample.replace(/\.txt$/, '.docx')], { cwd: root, maxBuffer: 64 << 20 }).catch((e: { stdout: string }) => e);
    const out = JSON.parse(stdout) as JsonOut;
    expect(out.files.map((f) => f.error)).toEqual([null, null]);
    expect(out.summary.fatal).toBe(0);
    expect(out.files.every((f) => f.findings.length > 50)).toBe(true);
  }, 60_000);
});

describe('PDF batches', () => {
  // Through the compiled pool, so that the files run on batch workers.
  it("read each PDF on its worker alone when the workers fill the cores, and share it with a second thread when they leave cores free", async () => {
    const pdf = join(root, 'fixtures/difficulties/table-over-two-pages.pdf');
    const script = `
      import { availableParallelism } from 'node:os';
      import { lintBatch } from ${compiled('src/batch/pool.js')};
      import { lintFile } from ${compiled('src/engine/linter.js')};
      const config = { rules: {}, rounding: 'round-or-truncate', lang: 'id' };
      const threads = async (concurrency) => (await lintBatch([${JSON.stringify(pdf)}, ${JSON.stringify(pdf)}], config, { concurrency, lintInProcess: lintFile }))
        .map((o) => o.result.stats.readingThreads);
      const cores = availableParallelism();
      console.log(JSON.stringify({ cores, full: await threads(cores), one: await threads(1) }));`;
    const r = await runProbe<{ cores: number; full: number[]; one: number[] }>(script);
    expect(r.full).toEqual([1, 1]);
    expect(r.one).toEqual(r.cores >= 2 ? [2, 2] : [1, 1]);
  }, 60_000);
});

describe('workerDataFor', () => {
  it("gives a PDF's reading a second thread only where the batch leaves a core for it", () => {
    expect(workerDataFor(1, 2).sharePdfReading).toBe(true);
    expect(workerDataFor(2, 2).sharePdfReading).toBe(false);
    expect(workerDataFor(2, 4).sharePdfReading).toBe(true);
    expect(workerDataFor(3, 4).sharePdfReading).toBe(false);
  });
});
