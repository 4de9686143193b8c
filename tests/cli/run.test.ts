import { join } from 'node:path';
import { run, type CliDeps } from '../../src/cli/run.js';
import type { FileResult, Finding, LintConfig } from '../../src/engine/types.js';
import { fakeRules, fileResult, finding, removeTempDirs, tempDir, writeFiles } from './fixtures.js';

afterAll(removeTempDirs);

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
  calls: Array<{ file: string; config: LintConfig }>;
}

type FakeBehaviour = Record<string, Finding[] | { error: string } | Error>;

/** Run the CLI in a temp cwd with a fake lint: each file name maps to its findings, a fatal error, or a throw. */
async function cli(argv: string[], behaviour: FakeBehaviour = {}, options: { cwd?: string; isTTY?: boolean } = {}): Promise<Outcome> {
  const cwd = options.cwd ?? tempDir();
  const out: string[] = [];
  const err: string[] = [];
  const calls: Outcome['calls'] = [];
  const lint: NonNullable<CliDeps['lint']> = async (file, config) => {
    calls.push({ file, config });
    const name = file.slice(cwd.length + 1);
    const planned = behaviour[name] ?? [];
    if (planned instanceof Error) throw planned;
    if (!Array.isArray(planned)) return { file, findings: [], error: planned.error };
    return fileResult(file, planned.map((f) => ({ ...f, location: { ...f.location, file } })));
  };
  const code = await run(
    argv,
    { stdout: (s) => out.push(s), stderr: (s) => err.push(s), cwd, isTTY: options.isTTY ?? false },
    { lint, rules: fakeRules },
  );
  return { code, stdout: out.join(''), stderr: err.join(''), calls };
}

const warning = (message = 'Tahun 2022 di judul') =>
  finding({ ruleId: 'year-consistency', family: 'years', severity: 'warning', message });
const info = () => finding({ ruleId: 'year-consistency', family: 'years', severity: 'info', message: 'catatan' });

describe('run: exit codes', () => {
  it('returns 0 and the all-clear when nothing is found', async () => {
    const r = await cli(['a.txt']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('✔ tidak ada masalah\n');
    expect(r.stderr).toBe('');
  });

  it('returns 1 when a finding has severity error', async () => {
    const r = await cli(['a.txt', 'b.txt'], { 'b.txt': [finding()] });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('✖ 1 masalah (1 galat, 0 peringatan)');
  });

  it('returns 0 for warnings and infos only, without --max-warnings', async () => {
    const r = await cli(['a.txt'], { 'a.txt': [warning(), warning('lain'), info()] });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('✖ 3 masalah (0 galat, 2 peringatan, 1 info)');
  });

  it('returns 2 when a file has a fatal error, and still lints the files after it', async () => {
    const r = await cli(['a.txt', 'rusak.pdf', 'c.txt'], {
      'rusak.pdf': { error: 'format ini belum didukung' },
      'c.txt': [finding()],
    });
    expect(r.code).toBe(2);
    expect(r.calls.map((c) => c.file.split('/').pop())).toEqual(['a.txt', 'rusak.pdf', 'c.txt']);
    expect(r.stdout).toContain('rusak.pdf  fatal: format ini belum didukung');
    expect(r.stdout).toContain('c.txt');
    expect(r.stdout).toContain('✖ 1 masalah (1 galat, 0 peringatan)');
  });

  it('names a missing file in the output', async () => {
    const r = await cli(['hilang.txt'], { 'hilang.txt': { error: 'berkas tidak ditemukan' } });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('hilang.txt  fatal: berkas tidak ditemukan');
  });

  it('turns an unexpected exception into that file\'s error and goes on', async () => {
    const boom = new Error('boom');
    const r = await cli(['a.txt', 'b.txt', 'c.txt'], { 'b.txt': boom, 'c.txt': [finding()] });
    expect(r.code).toBe(2);
    expect(r.calls).toHaveLength(3);
    expect(r.stdout).toContain('b.txt  fatal: kesalahan tak terduga: boom');
    expect(r.stdout).toContain('c.txt');
    expect(r.stderr).toContain('b.txt: kesalahan tak terduga: boom');
    expect(r.stderr).toContain('--debug');
    expect(r.stderr).not.toContain(boom.stack!.split('\n')[1]);
  });

  it('prints the stack of an unexpected exception under --debug', async () => {
    const boom = new Error('boom');
    const r = await cli(['--debug', 'b.txt'], { 'b.txt': boom });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(boom.stack!.split('\n')[1]);
  });

  it('prefers 2 over 1 when there are both errors and a fatal file', async () => {
    const r = await cli(['a.txt', 'b.txt'], { 'a.txt': [finding()], 'b.txt': { error: 'berkas kosong' } });
    expect(r.code).toBe(2);
  });
});

describe('run: --max-warnings and --quiet', () => {
  const twoWarnings = { 'a.txt': [warning(), warning('lain')] };

  it('returns 1 when warnings exceed --max-warnings, with a note on stderr', async () => {
    const r = await cli(['--max-warnings', '1', 'a.txt'], twoWarnings);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('terlalu banyak peringatan: 2 (maksimum 1)');
  });

  it('returns 0 when warnings equal --max-warnings', async () => {
    const r = await cli(['--max-warnings', '2', 'a.txt'], twoWarnings);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });

  it('treats --max-warnings 0 as a limit', async () => {
    expect((await cli(['--max-warnings=0', 'a.txt'], twoWarnings)).code).toBe(1);
  });

  it('rejects a bad --max-warnings', async () => {
    const r = await cli(['--max-warnings', 'banyak', 'a.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--max-warnings');
    expect(r.calls).toHaveLength(0);
  });

  it('--quiet hides warnings and infos from the output and the counts', async () => {
    const r = await cli(['--quiet', 'a.txt'], { 'a.txt': [finding(), warning('TIDAK-TAMPIL'), info()] });
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain('TIDAK-TAMPIL');
    expect(r.stdout).not.toContain('catatan');
    expect(r.stdout).toContain('✖ 1 masalah (1 galat, 0 peringatan)');
  });

  it('--quiet with only warnings prints the all-clear and exits 0', async () => {
    const r = await cli(['-q', 'a.txt'], twoWarnings);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('✔ tidak ada masalah\n');
  });

  it('--quiet still lets --max-warnings count the hidden warnings', async () => {
    const r = await cli(['--quiet', '--max-warnings', '0', 'a.txt'], twoWarnings);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('✔ tidak ada masalah\n');
  });

  it('--quiet removes warnings from the json summary', async () => {
    const r = await cli(['--quiet', '--format', 'json', 'a.txt'], { 'a.txt': [finding(), warning()] });
    const doc = JSON.parse(r.stdout);
    expect(doc.summary).toMatchObject({ errors: 1, warnings: 0 });
    expect(doc.files[0].findings).toHaveLength(1);
  });
});

describe('run: arguments and configuration', () => {
  it('returns 2 with a usage message when no files are given', async () => {
    const r = await cli([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('tidak ada berkas yang diberikan');
    expect(r.stderr).toContain('Pemakaian: lkjip-lint');
    expect(r.stdout).toBe('');
  });

  it('gives the usage message in English with --lang en', async () => {
    const r = await cli(['--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Usage: lkjip-lint');
  });

  it('reports in English with --lang en and passes the language to the linter', async () => {
    const r = await cli(['--lang', 'en', 'a.txt'], { 'a.txt': [finding()] });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('line 855');
    expect(r.stdout).toContain('✖ 1 problem (1 error, 0 warnings)');
    expect(r.calls[0].config.lang).toBe('en');
  });

  it('takes the language from the config file unless --lang is given', async () => {
    const cwd = tempDir();
    writeFiles(cwd, { '.lkjiplintrc.json': { lang: 'en' } });
    expect((await cli(['a.txt'], {}, { cwd })).stdout).toBe('✔ no problems\n');
    expect((await cli(['--lang', 'id', 'a.txt'], {}, { cwd })).stdout).toBe('✔ tidak ada masalah\n');
  });

  it('passes --strict, --year and --rule to the configuration', async () => {
    const r = await cli(['--strict', '--year', '2022', '--rule', 'sum-total:off', '--rule', 'year-consistency:error', 'a.txt']);
    expect(r.code).toBe(0);
    const config = r.calls[0].config;
    expect(config.rounding).toBe('round');
    expect(config.year).toBe(2022);
    expect(config.rules['sum-total'].severity).toBe('off');
    expect(config.rules['year-consistency'].severity).toBe('error');
  });

  it('lints the files in the given order, resolved against the working directory', async () => {
    const cwd = tempDir();
    const r = await cli(['z.txt', 'sub/a.txt', 'm.txt'], {}, { cwd });
    expect(r.calls.map((c) => c.file)).toEqual([join(cwd, 'z.txt'), join(cwd, 'sub/a.txt'), join(cwd, 'm.txt')]);
  });

  it('returns 2 and names the option for a bad --rule, without linting', async () => {
    const r = await cli(['--rule', 'sum-totl:off', 'a.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--rule: aturan tidak dikenal "sum-totl"');
    expect(r.calls).toHaveLength(0);
  });

  it('returns 2 and names the file for a bad config file', async () => {
    const cwd = tempDir();
    writeFiles(cwd, { '.lkjiplintrc.json': '{ "rules": ' });
    const r = await cli(['--lang', 'en', 'a.txt'], {}, { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('.lkjiplintrc.json: not valid JSON');
    expect(r.stdout).toBe('');
  });

  it('returns 2 for a missing --config file', async () => {
    const r = await cli(['--config', 'tidak-ada.json', 'a.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('tidak-ada.json: berkas konfigurasi tidak ditemukan');
  });

  it('returns 2 for a bad --year', async () => {
    const r = await cli(['--year', 'dua-ribu', 'a.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--year');
  });

  it.each([
    [['--format', 'xml', 'a.txt'], 'format'],
    [['--bogus', 'a.txt'], 'bogus'],
    [['--lang', 'fr', 'a.txt'], 'lang'],
  ])('returns 2 for bad arguments %j', async (argv, option) => {
    const r = await cli(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(option);
    expect(r.calls).toHaveLength(0);
  });

  it('prints help and the version on stdout with exit 0', async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--max-warnings');
    expect(help.stdout).toContain('--no-color');
    const version = await cli(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('run: files it cannot read or write', () => {
  it('says why a baseline cannot be read, in the language of the messages, without the system\'s English', async () => {
    const cwd = tempDir();
    writeFiles(cwd, { 'broken.json': '{ "version": 1, ' });
    const missing = await cli(['--baseline', 'accepted.json', 'a.txt'], {}, { cwd });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(`lkjip-lint: --baseline: berkas baseline ${join(cwd, 'accepted.json')} tidak dapat dibaca: berkas atau foldernya tidak ditemukan\n`);
    const english = await cli(['--lang', 'en', '--baseline', 'accepted.json', 'a.txt'], {}, { cwd });
    expect(english.stderr).toBe(`lkjip-lint: --baseline: cannot read the baseline file ${join(cwd, 'accepted.json')}: the file or its folder does not exist\n`);
    const folder = await cli(['--baseline', '.', 'a.txt'], {}, { cwd });
    expect(folder.stderr).toContain('tidak dapat dibaca: ini sebuah folder, bukan berkas');
    const broken = await cli(['--baseline', 'broken.json', 'a.txt'], {}, { cwd });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain(`berkas baseline ${join(cwd, 'broken.json')} bukan JSON yang sah: `);
    expect(missing.calls).toHaveLength(0);
  });

  it('says why the output or a baseline cannot be written', async () => {
    const cwd = tempDir();
    const output = await cli(['-f', 'json', '-o', 'tidak-ada/temuan.json', 'a.txt'], {}, { cwd });
    expect(output.code).toBe(2);
    expect(output.stderr).toBe(`lkjip-lint: --output: tidak dapat menulis ${join(cwd, 'tidak-ada/temuan.json')}: berkas atau foldernya tidak ditemukan\n`);
    const onFolder = await cli(['--lang', 'en', '-f', 'json', '-o', '.', 'a.txt'], {}, { cwd });
    expect(onFolder.stderr).toBe(`lkjip-lint: --output: cannot write ${cwd}: this is a directory, not a file\n`);
    const baseline = await cli(['--write-baseline', 'tidak-ada/diterima.json', 'a.txt'], {}, { cwd });
    expect(baseline.code).toBe(2);
    expect(baseline.stderr).toContain('--write-baseline: tidak dapat menulis');
    expect(baseline.stderr).toContain('berkas atau foldernya tidak ditemukan');
  });
});

describe('run: language of the help and of argument errors', () => {
  const indonesian = ['lkjip-lint [berkas..]', 'Opsi:', 'Format keluaran', 'Tampilkan bantuan', 'Kode keluar:'];
  const english = ['lkjip-lint [files..]', 'Options:', 'Output format', 'Show help', 'Exit codes:'];
  const expectLanguage = (text: string, shown: string[], absent: string[]) => {
    for (const words of shown) expect(text).toContain(words);
    for (const words of absent) expect(text).not.toContain(words);
  };

  it('is Indonesian by default, English with --lang en', async () => {
    expectLanguage((await cli(['--help'])).stdout, indonesian, english);
    expectLanguage((await cli(['--lang', 'en', '--help'])).stdout, english, indonesian);
    expectLanguage((await cli(['--help', '--lang=en'])).stdout, english, indonesian);
  });

  it('follows the config file\'s "lang" unless --lang says otherwise, and still helps when that file is broken', async () => {
    const englishConfig = tempDir();
    writeFiles(englishConfig, { '.lkjiplintrc.json': { lang: 'en' } });
    expectLanguage((await cli(['-h'], {}, { cwd: englishConfig })).stdout, english, indonesian);
    expectLanguage((await cli(['-h', '--lang', 'id'], {}, { cwd: englishConfig })).stdout, indonesian, english);
    const chosen = tempDir();
    writeFiles(chosen, { 'conf/en.json': { lang: 'en' } });
    expectLanguage((await cli(['--config', 'conf/en.json', '-h'], {}, { cwd: chosen })).stdout, english, indonesian);
    const broken = tempDir();
    writeFiles(broken, { '.lkjiplintrc.json': '{ "lang": ' });
    const help = await cli(['-h'], {}, { cwd: broken });
    expect(help.code).toBe(0);
    expectLanguage(help.stdout, indonesian, english);
  });

  it('words argument errors in the same language', async () => {
    const id = await cli(['--bogus', 'a.txt']);
    expect(id.code).toBe(2);
    expect(id.stderr).toBe('lkjip-lint: Argumen tak diketahui: bogus\nJalankan lkjip-lint --help untuk melihat opsi.\n');
    const en = await cli(['--lang', 'en', '--bogus', 'a.txt']);
    expect(en.stderr).toBe('lkjip-lint: Unknown argument: bogus\nRun lkjip-lint --help to see the options.\n');
    expect((await cli(['--format', 'xml', 'a.txt'])).stderr).toContain('Nilai tidak sah:');
  });

  it('takes the files in either language', async () => {
    for (const lang of ['id', 'en']) {
      const r = await cli(['--lang', lang, 'a.txt', 'b.txt'], { 'b.txt': [finding()] });
      expect(r.code).toBe(1);
      expect(r.calls.map((c) => c.file.split('/').pop())).toEqual(['a.txt', 'b.txt']);
    }
  });
});

describe('run: output', () => {
  it('keeps stdout pure JSON when a file fails', async () => {
    const r = await cli(['--format', 'json', 'a.txt', 'b.txt', 'c.txt'], {
      'a.txt': [finding()],
      'b.txt': { error: 'berkas tidak ditemukan' },
      'c.txt': new Error('boom'),
    });
    expect(r.code).toBe(2);
    const doc = JSON.parse(r.stdout);
    expect(doc.files.map((f: FileResult) => f.error)).toEqual([null, 'berkas tidak ditemukan', 'kesalahan tak terduga: boom']);
    expect(doc.summary).toEqual({ files: 3, errors: 1, warnings: 0, infos: 0, fatal: 2 });
  });

  it('colours only on a TTY and never with --no-color', async () => {
    const behaviour = { 'a.txt': [finding()] };
    expect((await cli(['a.txt'], behaviour, { isTTY: true })).stdout).toMatch(/\u001b\[/);
    expect((await cli(['--no-color', 'a.txt'], behaviour, { isTTY: true })).stdout).not.toMatch(/\u001b\[/);
    expect((await cli(['a.txt'], behaviour, { isTTY: false })).stdout).not.toMatch(/\u001b\[/);
  });
});
