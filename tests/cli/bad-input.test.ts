import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '../../src/cli/run.js';

/**
 * The real CLI (real extractors, real rules) on the broken inputs of fixtures/bad: each is
 * refused with exit code 2 and a plain message naming the file and its problem, never a stack
 * trace; in a batch the other files are still checked.
 */
const root = join(fileURLToPath(new URL('.', import.meta.url)), '../..');

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(...argv: string[]): Promise<Outcome> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, { stdout: (s) => out.push(s), stderr: (s) => err.push(s), cwd: root, isTTY: false });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

interface JsonFile {
  file: string;
  format?: string;
  findings: Array<{ ruleId: string; severity: string; expected?: string; actual?: string; message: string; location: { page?: number; table?: string } }>;
  error: string | null;
}

const parseJson = (stdout: string): { files: JsonFile[] } => JSON.parse(stdout) as { files: JsonFile[] };

/** Every file under fixtures/, with the SHA-256 of its content. */
function fixtureHashes(): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else out[relative(root, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(join(root, 'fixtures'));
  return out;
}

let before: Record<string, string>;
beforeAll(() => {
  before = fixtureHashes();
});

/** Each bad input, with a key word of its problem in each language. */
const cases: Array<{ file: string; id: RegExp; en: RegExp }> = [
  { file: 'encrypted.pdf', id: /kata sandi|terenkripsi/, en: /encrypted|password/ },
  { file: 'truncated.pdf', id: /PDF rusak atau terpotong \(strukturnya tidak sah\)$/, en: /PDF is corrupt or truncated \(invalid PDF structure\)$/ },
  { file: 'corrupt.docx', id: /rusak atau terpotong \(akhir direktori ZIP tidak ditemukan\)/, en: /corrupt or truncated \(no end of central directory\)/ },
  { file: 'empty.txt', id: /kosong/, en: /empty/ },
  { file: 'other.zip', id: /bukan dokumen DOCX maupun XLSX/, en: /neither a DOCX nor an XLSX/ },
  { file: 'scanned.pdf', id: /OCR/, en: /OCR/ },
  { file: 'zip-bomb.xlsx', id: /terlalu besar bila dibuka \(3 bagian, total 300 MiB\); ditolak/, en: /absurd size \(3 parts, 300 MiB unpacked\); refused/ },
  // Its directory says 4 KiB; the data unpacks to 32 MiB: refused before a reader unpacks it.
  { file: 'lying-sizes.docx', id: /terlalu besar bila dibuka \(word\/document\.xml terbuka lebih besar dari 4096 bita .*\); ditolak/, en: /absurd size \(word\/document\.xml unpacks to more than the 4096 bytes .*\); refused/ },
  { file: 'old-word.doc', id: /format lama/, en: /old Word\/Excel format/ },
];

const noStackTrace = (r: Outcome) => {
  expect(r.stdout).not.toMatch(/^ {4}at /m);
  expect(r.stderr).not.toMatch(/^ {4}at /m);
};

describe.each(cases)('fixtures/bad/$file', ({ file, id, en }) => {
  const path = `fixtures/bad/${file}`;

  it('exits with 2 and names the file and its problem in Indonesian, without a stack trace', async () => {
    const r = await cli(path);
    expect(r.code).toBe(2);
    const line = r.stdout.split('\n').find((l) => l.includes(path));
    expect(line).toBeDefined();
    expect(line).toContain('fatal:');
    expect(line).toMatch(id);
    expect(r.stdout).toContain('1 berkas tidak dapat diperiksa');
    noStackTrace(r);
  });

  it('says it in English with --lang en', async () => {
    const r = await cli(path, '--lang', 'en');
    expect(r.code).toBe(2);
    const line = r.stdout.split('\n').find((l) => l.includes(path));
    expect(line).toBeDefined();
    expect(line).toMatch(en);
    expect(line).not.toMatch(/\b(berkas|arsip|rusak|terpotong|kosong|bukan|terenkripsi|sandi|terlalu|lama|jalankan|ditolak)\b/);
    expect(r.stdout).toContain('1 file could not be checked');
    noStackTrace(r);
  });

  it('gives the problem as the file\'s `error` in JSON', async () => {
    const r = await cli(path, '--format', 'json');
    expect(r.code).toBe(2);
    const { files } = parseJson(r.stdout);
    expect(files).toHaveLength(1);
    expect(files[0].file).toBe(join(root, path));
    expect(files[0].findings).toEqual([]);
    expect(files[0].error).toMatch(id);
    noStackTrace(r);
  });
});

describe('a batch of bad and good files', () => {
  it('checks the good file between two bad ones and prints valid JSON, exit code 2', async () => {
    const r = await cli('fixtures/bad/encrypted.pdf', 'fixtures/difficulties/unruled-table.pdf', 'fixtures/bad/zip-bomb.xlsx', '--format', 'json');
    expect(r.code).toBe(2);
    const { files } = parseJson(r.stdout);
    expect(files.map((f) => f.file)).toEqual(
      ['fixtures/bad/encrypted.pdf', 'fixtures/difficulties/unruled-table.pdf', 'fixtures/bad/zip-bomb.xlsx'].map((f) => join(root, f)),
    );
    const [bad1, good, bad2] = files;
    expect(bad1.error).toEqual(expect.stringMatching(/kata sandi/));
    expect(bad1.findings).toEqual([]);
    expect(bad2.error).toEqual(expect.stringMatching(/terlalu besar/));
    expect(bad2.findings).toEqual([]);
    expect(good.error).toBeNull();
    expect(good.format).toBe('pdf');
    expect(good.findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ ruleId: 'sum-total', expected: '1550000000', actual: '1560000000' }),
        expect.objectContaining({ ruleId: 'budget-absorption', expected: '95.56', actual: '96.56' }),
      ]),
    );
    noStackTrace(r);
  });
});

describe('fixtures/bad/report-really-a-pdf.txt: a PDF named .txt', () => {
  const path = 'fixtures/bad/report-really-a-pdf.txt';

  it('is linted as the PDF it is, with a file-extension warning and its real findings (exit code 1)', async () => {
    const r = await cli(path, '--format', 'json');
    expect(r.code).toBe(1);
    const { files } = parseJson(r.stdout);
    expect(files).toHaveLength(1);
    const [f] = files;
    expect(f.error).toBeNull();
    expect(f.format).toBe('pdf');
    const warning = f.findings.filter((x) => x.ruleId === 'file-extension');
    expect(warning).toHaveLength(1);
    expect(warning[0].severity).toBe('warning');
    expect(warning[0].message).toContain('".txt"');
    expect(warning[0].message).toContain('PDF');
    // The content is fragmented-landscape-rotated.pdf: its TOTAL of page 2 is wrong.
    expect(f.findings).toContainEqual(
      expect.objectContaining({ ruleId: 'sum-total', severity: 'error', expected: '197250000', actual: '198250000', location: expect.objectContaining({ page: 2, table: 'Tabel 3.9' }) }),
    );
    noStackTrace(r);
  });

  it('shows the warning in the stylish output too', async () => {
    const r = await cli(path);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(path);
    expect(r.stdout).toMatch(/peringatan\s+Berkas bernama "\.txt" tetapi isinya PDF/);
    expect(r.stdout).not.toContain('fatal');
  });
});

describe('the inputs', () => {
  it('are not modified by any of the runs above', () => {
    expect(Object.keys(before).length).toBeGreaterThan(15);
    expect(fixtureHashes()).toEqual(before);
  });
});
