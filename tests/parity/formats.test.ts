import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { extractReport } from '../../src/extract/index.js';
import { lintReport } from '../../src/engine/linter.js';
import type { Finding, LintConfig } from '../../src/engine/types.js';

/**
 * The reference report as submitted in each format (DOCX with real tables, the PDF exported
 * from it, the workbook of its tables) must give the findings of the text version: same rule,
 * same values; only the locations differ.
 */
const base = join(fileURLToPath(new URL('.', import.meta.url)), '../../fixtures/reference/lkjip-dumai-barat-2023');
const config: LintConfig = { rules: {}, rounding: 'round-or-truncate', lang: 'id' };
const key = (f: Finding) => `${f.ruleId} ${f.expected} ${f.actual}`;

function bag(findings: Finding[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const f of findings) m.set(key(f), (m.get(key(f)) ?? 0) + 1);
  return m;
}

async function lint(ext: string): Promise<Finding[]> {
  return lintReport(await extractReport(`${base}.${ext}`), config);
}

let text: Finding[];
beforeAll(async () => {
  text = await lint('txt');
  expect(text.length).toBeGreaterThan(40);
});

describe.each([
  ['docx', 1.0, 'paragraph'],
  ['pdf', 1.0, 'page'],
  ['xlsx', 0.9, 'sheet'],
])('the reference report as %s', (ext, share, locationField) => {
  let found: Finding[];
  // A workbook holds the report's tables, not its prose: it is held to the findings in tables,
  // less those that compare a table with the prose (cross-reference).
  const comparable = () =>
    ext === 'xlsx' ? text.filter((f) => f.location.tableIndex !== undefined && f.family !== 'cross-reference') : text;
  beforeAll(async () => {
    found = await lint(ext as string);
  });

  it(`finds at least ${(share as number) * 100}% of what the text version finds`, () => {
    const want = bag(comparable());
    const got = bag(found);
    let common = 0;
    for (const [k, n] of want) common += Math.min(n, got.get(k) ?? 0);
    expect(common / comparable().length).toBeGreaterThanOrEqual(share as number);
  });

  it('reports no error the text version does not', () => {
    const want = bag(text);
    const seen = new Map<string, number>();
    const extra = found.filter((f) => {
      seen.set(key(f), (seen.get(key(f)) ?? 0) + 1);
      return f.severity === 'error' && seen.get(key(f))! > (want.get(key(f)) ?? 0);
    });
    expect(extra.map((f) => f.message)).toEqual([]);
  });

  it(`locates findings by ${locationField}`, () => {
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) expect(f.location[locationField as 'page']).toBeDefined();
  });
});

describe('the reference report repeated four times', () => {
  // Tables meet other tables at page breaks in other places than in the single report: the
  // joins across pages and the tables drawn one under the other must still come out right.
  const arithmetic = (fs: Finding[]) => fs.filter((f) => f.family === 'arithmetic');
  it.each(['pdf', 'docx'])('as %s gives four times the arithmetic findings of the report', async (ext) => {
    const once = bag(arithmetic(await lint(ext)));
    const four = bag(arithmetic(lintReport(await extractReport(join(base, `../../bench/reference-x4.${ext}`)), config)));
    const expected = new Map([...once].map(([k, n]) => [k, 4 * n]));
    expect(four).toEqual(expected);
  });
});
