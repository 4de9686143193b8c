import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { withLocation } from '../../src/model/index.js';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '../..');
const run = promisify(execFile);

describe('withLocation', () => {
  it('copies a location with fields added or replaced, leaving the original as it was', () => {
    const loc = { file: 'a.txt', line: 3, section: 'BAB I' };
    const copy = withLocation(loc, { row: 2, section: 'BAB II' }, { column: 4 });
    expect(copy).toEqual({ file: 'a.txt', line: 3, section: 'BAB II', row: 2, column: 4 });
    expect(Object.keys(copy)).toEqual(['file', 'line', 'section', 'row', 'column']);
    expect(loc).toEqual({ file: 'a.txt', line: 3, section: 'BAB I' });
    expect(withLocation(loc)).not.toBe(loc);
  });

  // V8 gave locations made by spreading another location a shape (map) of their own, made anew
  // by every lint, and threw away the optimised code that had seen the old one. The same
  // finding's location must have the same shape in two lints. Runs the compiled code, with
  // V8's %HaveSameMap (--allow-natives-syntax), in a file: a worker inherits the flags of --eval.
  it("a finding's location, and a block of the report, keep their V8 shape from one lint to the next", async () => {
    const script = `
      import { lintFile } from ${JSON.stringify(join(root, 'dist/src/engine/linter.js'))};
      import { extractReport } from ${JSON.stringify(join(root, 'dist/src/extract/index.js'))};
      const file = ${JSON.stringify(join(root, 'fixtures/reference/lkjip-dumai-barat-2023.txt'))};
      const config = { rules: {}, rounding: 'round-or-truncate', lang: 'id' };
      await lintFile(file, config);
      const a = await lintFile(file, config);
      const b = await lintFile(file, config);
      const changed = a.findings.filter((f, i) => !%HaveSameMap(f.location, b.findings[i].location)).length;
      const [x, y] = [await extractReport(file), await extractReport(file)];
      const blocksChanged = x.blocks.filter((blk, i) => !%HaveSameMap(blk, y.blocks[i])).length;
      console.log(JSON.stringify({ findings: a.findings.length, changed, blocks: x.blocks.length, blocksChanged }));`;
    const dir = mkdtempSync(join(tmpdir(), 'lkjip-shapes-'));
    const file = join(dir, 'probe.mjs');
    writeFileSync(file, script);
    const { stdout } = await run(process.execPath, ['--allow-natives-syntax', file], { cwd: root }).finally(() => rmSync(dir, { recursive: true, force: true }));
    const r = JSON.parse(stdout) as { findings: number; changed: number; blocks: number; blocksChanged: number };
    expect(r.findings).toBeGreaterThan(50);
    expect(r.blocks).toBeGreaterThan(100);
    expect(r).toMatchObject({ changed: 0, blocksChanged: 0 });
  }, 60_000);
});
