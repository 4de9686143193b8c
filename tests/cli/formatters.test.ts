import { readFileSync } from 'node:fs';
import { ConfigError } from '../../src/engine/errors.js';
import type { FileResult } from '../../src/engine/types.js';
import { formatterNames, getFormatter } from '../../src/formatters/index.js';
import { formatJson } from '../../src/formatters/json.js';
import { formatStylish } from '../../src/formatters/stylish.js';
import { packageInfo } from '../../src/util/package-info.js';
import { fileResult, finding } from './fixtures.js';

const ANSI = /\u001b\[/;

function sampleResults(): FileResult[] {
  return [
    fileResult(
      '/w/laporan.txt',
      [
        finding({
          location: {
            file: '/w/laporan.txt',
            line: 855,
            table: 'Tabel 3.7',
            rowLabel: 'Administrasi Keuangan',
            columnLabel: 'REALISASI',
          },
          expected: '1357900300',
          actual: '1357000300',
        }),
        finding({
          ruleId: 'year-consistency',
          family: 'years',
          severity: 'warning',
          message: 'Tahun 2022 di judul, 2023 di isi',
          location: { file: '/w/laporan.txt', line: 12, endLine: 14 },
        }),
      ],
      { unit: 'Kecamatan Dumai Barat', year: 2023 },
    ),
    fileResult('/w/bersih.txt', []),
    fileResult('/w/sub/lampiran.pdf', [], { format: undefined, error: 'format ini belum didukung' }),
  ];
}

describe('stylish', () => {
  it('prints files, aligned findings and the summary in Indonesian', () => {
    const out = formatStylish(sampleResults(), { lang: 'id', color: false, cwd: '/w' });
    expect(out).toBe(
      [
        'laporan.txt  (Kecamatan Dumai Barat, 2023)',
        '  baris 855    Tabel 3.7 › Administrasi Keuangan › REALISASI  galat       Jumlah seharusnya 1.357.900.300, tertulis 1.357.000.300  sum-total',
        '  baris 12-14                                                 peringatan  Tahun 2022 di judul, 2023 di isi  year-consistency',
        '',
        'sub/lampiran.pdf  fatal: format ini belum didukung',
        '',
        'Per laporan:',
        '  laporan.txt (Kecamatan Dumai Barat)  1 galat, 1 peringatan',
        '  bersih.txt                           0 galat, 0 peringatan',
        '  sub/lampiran.pdf                     fatal',
        '',
        '✖ 2 masalah (1 galat, 1 peringatan)',
        '✖ 1 berkas tidak dapat diperiksa',
      ].join('\n'),
    );
  });

  it('prints the same report in English', () => {
    const out = formatStylish(sampleResults(), { lang: 'en', color: false, cwd: '/w' });
    expect(out).toBe(
      [
        'laporan.txt  (Kecamatan Dumai Barat, 2023)',
        '  line 855    Tabel 3.7 › Administrasi Keuangan › REALISASI  error    Jumlah seharusnya 1.357.900.300, tertulis 1.357.000.300  sum-total',
        '  line 12-14                                                 warning  Tahun 2022 di judul, 2023 di isi  year-consistency',
        '',
        'sub/lampiran.pdf  fatal: format ini belum didukung',
        '',
        'Per report:',
        '  laporan.txt (Kecamatan Dumai Barat)  1 error, 1 warning',
        '  bersih.txt                           0 errors, 0 warnings',
        '  sub/lampiran.pdf                     fatal',
        '',
        '✖ 2 problems (1 error, 1 warning)',
        '✖ 1 file could not be checked',
      ].join('\n'),
    );
  });

  it('does not repeat expected/actual, which are already in the message', () => {
    const out = formatStylish(sampleResults(), { lang: 'id', color: false, cwd: '/w' });
    expect(out).not.toContain('1357900300');
    expect(out).not.toContain('1357000300');
  });

  it('prints nothing but the all-clear for a clean file, and one line per report for a clean batch', () => {
    expect(formatStylish([fileResult('/w/a.txt', [])], { lang: 'id', color: false, cwd: '/w' })).toBe('✔ tidak ada masalah');
    const clean = [fileResult('/w/a.txt', []), fileResult('/w/b.txt', [])];
    expect(formatStylish(clean, { lang: 'en', color: false, cwd: '/w' })).toBe(
      ['Per report:', '  a.txt  0 errors, 0 warnings', '  b.txt  0 errors, 0 warnings', '', '✔ no problems'].join('\n'),
    );
  });

  it('shows page, sheet!cell and paragraph locations, and infos in the summary', () => {
    const results = [
      fileResult('/w/lkjip.pdf', [
        finding({ severity: 'info', location: { file: '/w/lkjip.pdf', page: 12 } }),
        finding({ severity: 'info', location: { file: '/w/lkjip.pdf', sheet: 'Sheet1', cell: 'C12' } }),
        finding({ severity: 'info', location: { file: '/w/lkjip.pdf', sheet: 'Lampiran 1', cell: 'B3' } }),
        finding({ severity: 'info', location: { file: '/w/lkjip.pdf', paragraph: 40 } }),
      ]),
    ];
    const id = formatStylish(results, { lang: 'id', color: false, cwd: '/w' }).split('\n');
    expect(id.slice(1, 5).map((l) => l.trim().split('  ')[0])).toEqual([
      'hal. 12',
      'Sheet1!C12',
      "'Lampiran 1'!B3",
      'paragraf 40',
    ]);
    expect(id[id.length - 1]).toBe('✖ 4 masalah (0 galat, 0 peringatan, 4 info)');
    const en = formatStylish(results, { lang: 'en', color: false, cwd: '/w' }).split('\n');
    expect(en[1].trim().startsWith('p. 12 ')).toBe(true);
  });

  it('shortens long row labels', () => {
    const label = 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota';
    const results = [fileResult('/w/a.txt', [finding({ location: { file: '/w/a.txt', line: 1, rowLabel: label } })])];
    const out = formatStylish(results, { lang: 'id', color: false, cwd: '/w' });
    expect(out).toContain('Program Penunjang Urusan Pemerintahan D…');
    expect(out).not.toContain(label);
  });

  it('uses the singular in English and a header without unit or year when unknown', () => {
    const out = formatStylish([fileResult('/elsewhere/a.txt', [finding()])], { lang: 'en', color: false, cwd: '/w' });
    expect(out.split('\n')[0]).toBe('/elsewhere/a.txt');
    expect(out.endsWith('✖ 1 problem (1 error, 0 warnings)')).toBe(true);
  });

  it('colours only when asked', () => {
    expect(formatStylish(sampleResults(), { lang: 'id', color: false, cwd: '/w' })).not.toMatch(ANSI);
    expect(formatStylish(sampleResults(), { lang: 'id', color: true, cwd: '/w' })).toMatch(ANSI);
  });
});

describe('json', () => {
  const version = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version;

  it('follows the documented schema', () => {
    const doc = JSON.parse(formatJson(sampleResults(), { lang: 'en', color: true, cwd: '/w' }));
    expect(Object.keys(doc)).toEqual(['version', 'tool', 'lang', 'files', 'summary']);
    expect(doc.version).toBe('1.1');
    expect(doc.tool).toEqual({ name: 'lkjip-lint', version });
    expect(doc.lang).toBe('en');
    expect(doc.summary).toEqual({ files: 3, errors: 1, warnings: 1, infos: 0, fatal: 1 });

    const [report, clean, failed] = doc.files;
    expect(report).toMatchObject({ file: '/w/laporan.txt', format: 'text', unit: 'Kecamatan Dumai Barat', year: 2023, error: null });
    expect(Object.keys(report.findings[0])).toEqual([
      'ruleId',
      'family',
      'severity',
      'message',
      'location',
      'related',
      'expected',
      'actual',
    ]);
    expect(report.findings[0]).toMatchObject({ expected: '1357900300', actual: '1357000300', related: [] });
    expect(report.findings[0].location).toEqual({
      file: '/w/laporan.txt',
      line: 855,
      table: 'Tabel 3.7',
      rowLabel: 'Administrasi Keuangan',
      columnLabel: 'REALISASI',
    });
    expect(clean).toEqual({ file: '/w/bersih.txt', format: 'text', findings: [], error: null });
    expect(failed).toEqual({ file: '/w/sub/lampiran.pdf', findings: [], error: 'format ini belum didukung' });
  });

  it('leaves out keys that are not part of a finding', () => {
    const extra = { ...finding(), stats: 1 } as unknown as ReturnType<typeof finding>;
    const doc = JSON.parse(formatJson([fileResult('/w/a.txt', [extra], { stats: { extractMs: 1, rulesMs: 2, readingThreads: 1 } })], { lang: 'id', color: false, cwd: '/w' }));
    expect(doc.files[0].findings[0]).not.toHaveProperty('stats');
    expect(doc.files[0]).not.toHaveProperty('stats');
  });

  it('indents with two spaces', () => {
    const text = formatJson([], { lang: 'id', color: false, cwd: '/w' });
    expect(text.split('\n')[1]).toBe('  "version": "1.1",');
  });
});

describe('getFormatter and packageInfo', () => {
  it('returns the formatters by name', () => {
    expect(getFormatter('stylish')).toBe(formatStylish);
    expect(getFormatter('json')).toBe(formatJson);
  });

  it('rejects an unknown name with a ConfigError about --format', () => {
    expect(() => getFormatter('checkstyle')).toThrow(ConfigError);
    expect(() => getFormatter('toString')).toThrow(ConfigError);
    try {
      getFormatter('checkstyle');
    } catch (err) {
      expect((err as ConfigError).describe('id')).toBe(`--format: format keluaran tidak dikenal "checkstyle" (pilihan: ${formatterNames.join(', ')})`);
    }
  });

  it('finds the tool package.json by walking up', () => {
    expect(packageInfo().name).toBe('lkjip-lint');
  });
});
