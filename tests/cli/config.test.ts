import { join } from 'node:path';
import { loadConfig } from '../../src/config/load.js';
import { ConfigError } from '../../src/engine/errors.js';
import { fakeRules, removeTempDirs, tempDir, writeFiles } from './fixtures.js';

afterAll(removeTempDirs);

async function configError(promise: Promise<unknown>): Promise<ConfigError> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof ConfigError) return err;
    throw err;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig: finding the file', () => {
  it('gives every rule its default severity and options when there is no config', async () => {
    const config = await loadConfig({ cwd: tempDir() }, fakeRules);
    expect(config).toEqual({
      rules: {
        'sum-total': { severity: 'error', options: { tolerance: 0, checkSubtotals: true, label: 'Jumlah' } },
        'year-consistency': { severity: 'warning', options: {} },
      },
      rounding: 'round-or-truncate',
      lang: 'id',
    });
  });

  it.each([
    ['.lkjiplintrc.json', { rules: { 'sum-total': 'warning' } }],
    ['lkjip-lint.config.json', { rules: { 'sum-total': 'warning' } }],
    ['package.json', { name: 'x', 'lkjip-lint': { rules: { 'sum-total': 'warning' } } }],
  ])('reads %s in the working directory', async (name, content) => {
    const dir = tempDir();
    writeFiles(dir, { [name]: content });
    const config = await loadConfig({ cwd: dir }, fakeRules);
    expect(config.rules['sum-total'].severity).toBe('warning');
  });

  it('searches parent directories', async () => {
    const dir = tempDir();
    writeFiles(dir, { '.lkjiplintrc.json': { lang: 'en' }, 'a/b/.keep': '' });
    const config = await loadConfig({ cwd: join(dir, 'a', 'b') }, fakeRules);
    expect(config.lang).toBe('en');
  });

  it('skips a package.json without the lkjip-lint key', async () => {
    const dir = tempDir();
    writeFiles(dir, { '.lkjiplintrc.json': { lang: 'en' }, 'sub/package.json': { name: 'other' } });
    const config = await loadConfig({ cwd: join(dir, 'sub') }, fakeRules);
    expect(config.lang).toBe('en');
  });

  it('prefers .lkjiplintrc.json over package.json in the same directory', async () => {
    const dir = tempDir();
    writeFiles(dir, { '.lkjiplintrc.json': { lang: 'en' }, 'package.json': { 'lkjip-lint': { lang: 'id' } } });
    expect((await loadConfig({ cwd: dir }, fakeRules)).lang).toBe('en');
  });

  it('loads exactly --config (relative to cwd) and ignores the file it would have found', async () => {
    const dir = tempDir();
    writeFiles(dir, { '.lkjiplintrc.json': { lang: 'id' }, 'conf/custom.json': { lang: 'en' } });
    expect((await loadConfig({ cwd: dir, configPath: 'conf/custom.json' }, fakeRules)).lang).toBe('en');
  });

  it('treats an empty config file as no settings', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'empty.json': '  \n' });
    const config = await loadConfig({ cwd: dir, configPath: 'empty.json' }, fakeRules);
    expect(config.rules['sum-total'].severity).toBe('error');
  });
});

describe('loadConfig: contents and precedence', () => {
  it('reads rule options, rounding, lang, year and unit', async () => {
    const dir = tempDir();
    const unit = { type: 'Kecamatan', name: 'Dumai Barat', regency: 'Kota Dumai', province: 'Riau' };
    writeFiles(dir, {
      '.lkjiplintrc.json': {
        rules: { 'sum-total': ['warning', { tolerance: 2, label: 'Total' }], 'year-consistency': 'off' },
        rounding: 'round',
        lang: 'en',
        year: 2023,
        unit,
      },
    });
    const config = await loadConfig({ cwd: dir }, fakeRules);
    expect(config.rules['sum-total']).toEqual({
      severity: 'warning',
      options: { tolerance: 2, checkSubtotals: true, label: 'Total' },
    });
    expect(config.rules['year-consistency'].severity).toBe('off');
    expect(config).toMatchObject({ rounding: 'round', lang: 'en', year: 2023, unit });
  });

  it('accepts the one-element array form', async () => {
    const dir = tempDir();
    writeFiles(dir, { '.lkjiplintrc.json': { rules: { 'year-consistency': ['info'] } } });
    expect((await loadConfig({ cwd: dir }, fakeRules)).rules['year-consistency'].severity).toBe('info');
  });

  it('lets the CLI win: --rule, --lang, --year, --strict', async () => {
    const dir = tempDir();
    writeFiles(dir, {
      '.lkjiplintrc.json': {
        rules: { 'sum-total': ['warning', { tolerance: 5 }] },
        rounding: 'round-or-truncate',
        lang: 'en',
        year: 2022,
      },
    });
    const config = await loadConfig(
      { cwd: dir, ruleOverrides: ['sum-total:info', 'sum-total:off'], lang: 'id', year: 2023, strict: true },
      fakeRules,
    );
    expect(config.rules['sum-total']).toEqual({
      severity: 'off',
      options: { tolerance: 5, checkSubtotals: true, label: 'Jumlah' },
    });
    expect(config).toMatchObject({ lang: 'id', year: 2023, rounding: 'round' });
  });

  it('applies --rule without a config file', async () => {
    const config = await loadConfig({ cwd: tempDir(), ruleOverrides: ['year-consistency:error'] }, fakeRules);
    expect(config.rules['year-consistency'].severity).toBe('error');
  });
});

describe('loadConfig: validation', () => {
  it.each([
    ['unknown rule', { rules: { 'sum-totl': 'error' } }, 'aturan tidak dikenal "sum-totl"', 'unknown rule "sum-totl"'],
    ['bad severity', { rules: { 'sum-total': 'fatal' } }, 'tingkat "fatal"', 'invalid severity "fatal" for rule "sum-total"'],
    ['bad severity in array', { rules: { 'sum-total': ['warn', {}] } }, 'tingkat "warn"', 'invalid severity "warn"'],
    ['bad rule value', { rules: { 'sum-total': 2 } }, 'nilai harus berupa tingkat', 'the value must be a severity'],
    ['too long array', { rules: { 'sum-total': ['error', {}, {}] } }, 'nilai harus berupa tingkat', 'the value must be a severity'],
    ['rules not an object', { rules: ['sum-total'] }, '"rules" harus berupa objek', '"rules" must be an object'],
    ['unknown option', { rules: { 'sum-total': ['error', { tolerence: 1 }] } }, 'tidak punya opsi "tolerence"', 'has no option "tolerence" (available: tolerance, checkSubtotals, label)'],
    ['option of a rule without options', { rules: { 'year-consistency': ['error', { x: 1 }] } }, 'tidak punya opsi', 'takes no options'],
    ['number option given a string', { rules: { 'sum-total': ['error', { tolerance: '2' }] } }, 'harus bertipe number', 'must be a number, not "2"'],
    ['boolean option given a number', { rules: { 'sum-total': ['error', { checkSubtotals: 1 }] } }, 'harus bertipe boolean', 'must be a boolean, not 1'],
    ['options not an object', { rules: { 'sum-total': ['error', 3] } }, 'harus berupa objek', 'must be an object, not 3'],
    ['bad rounding', { rounding: 'truncate' }, '"rounding" harus', '"rounding" must be "round-or-truncate" or "round", not "truncate"'],
    ['bad lang', { lang: 'fr' }, '"lang" harus "id" atau "en"', '"lang" must be "id" or "en", not "fr"'],
    ['year not an integer', { year: '2023' }, 'tahun harus bilangan bulat', 'the year must be a whole number'],
    ['year out of range', { year: 23 }, 'tahun harus bilangan bulat', 'not 23'],
    ['unknown top-level key', { rule: {} }, 'kunci tidak dikenal "rule"', 'unknown key "rule"'],
    ['unit not an object', { unit: 'Kecamatan Dumai Barat' }, '"unit" harus berupa objek', '"unit" must be an object'],
    ['unknown unit key', { unit: { kabupaten: 'Kota Dumai' } }, 'kunci tidak dikenal "unit.kabupaten"', 'unknown key "unit.kabupaten"'],
    ['unit field not text', { unit: { name: 7 } }, '"unit.name" harus berupa teks', '"unit.name" must be text'],
    ['not an object', [1, 2], 'konfigurasi harus berupa objek JSON', 'must be a JSON object'],
  ])('rejects %s, naming the file in both languages', async (_name, content, idText, enText) => {
    const dir = tempDir();
    writeFiles(dir, { '.lkjiplintrc.json': content });
    const err = await configError(loadConfig({ cwd: dir }, fakeRules));
    expect(err.source).toBe('.lkjiplintrc.json');
    expect(err.describe('id')).toContain(idText);
    expect(err.describe('en')).toContain(enText);
    expect(err.describe('id').startsWith('.lkjiplintrc.json: ')).toBe(true);
  });

  it('includes the JSON parser message for invalid JSON', async () => {
    const dir = tempDir();
    const broken = '{ "rules": { "sum-total": "error", } }';
    writeFiles(dir, { 'lkjip-lint.config.json': broken });
    let parserMessage = '';
    try {
      JSON.parse(broken);
    } catch (err) {
      parserMessage = (err as Error).message;
    }
    const err = await configError(loadConfig({ cwd: dir }, fakeRules));
    expect(err.source).toBe('lkjip-lint.config.json');
    expect(err.describe('en')).toBe(`lkjip-lint.config.json: not valid JSON: ${parserMessage}`);
    expect(err.describe('id')).toContain('bukan JSON yang sah');
  });

  it('reports invalid JSON in a package.json found while searching', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'package.json': '{ "name": ' });
    const err = await configError(loadConfig({ cwd: dir }, fakeRules));
    expect(err.source).toBe('package.json');
  });

  it('reports a missing --config file by name', async () => {
    const dir = tempDir();
    const err = await configError(loadConfig({ cwd: dir, configPath: 'tidak-ada.json' }, fakeRules));
    expect(err.source).toBe('tidak-ada.json');
    expect(err.describe('id')).toBe('tidak-ada.json: berkas konfigurasi tidak ditemukan');
    expect(err.describe('en')).toBe('tidak-ada.json: config file not found');
  });

  it('rejects a --config package.json without the lkjip-lint key', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'package.json': { name: 'x' } });
    const err = await configError(loadConfig({ cwd: dir, configPath: 'package.json' }, fakeRules));
    expect(err.describe('en')).toContain('no "lkjip-lint" key');
  });

  it('rejects a --config file that is not JSON', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'lkjip.config.js': 'export default {}' });
    const err = await configError(loadConfig({ cwd: dir, configPath: 'lkjip.config.js' }, fakeRules));
    expect(err.describe('en')).toContain('only JSON config files are supported');
  });

  it.each([
    ['no colon', 'sum-total', 'expected rule-id:severity'],
    ['unknown rule', 'sum-totl:off', 'unknown rule "sum-totl"'],
    ['bad severity', 'sum-total:warn', 'invalid severity "warn"'],
    ['empty id', ':off', 'expected rule-id:severity'],
  ])('rejects --rule with %s', async (_name, override, enText) => {
    const err = await configError(loadConfig({ cwd: tempDir(), ruleOverrides: [override] }, fakeRules));
    expect(err.source).toBe('--rule');
    expect(err.describe('en')).toContain(enText);
  });

  it('rejects a --year out of range', async () => {
    const err = await configError(loadConfig({ cwd: tempDir(), year: 20233 }, fakeRules));
    expect(err.source).toBe('--year');
  });
});
