import { join } from 'node:path';
import { withLocation } from '../../src/model/index.js';
import { compiled, root, runProbe } from '../support/probe.js';

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
  // V8's %HaveSameMap (--allow-natives-syntax).
  it("a finding's location, and a block of the report, keep their V8 shape from one lint to the next", async () => {
    const script = `
      import { lintFile } from ${compiled('src/engine/linter.js')};
      import { extractReport } from ${compiled('src/extract/index.js')};
      const file = ${JSON.stringify(join(root, 'fixtures/reference/lkjip-dumai-barat-2023.txt'))};
      const config = { rules: {}, rounding: 'round-or-truncate', lang: 'id' };
      await lintFile(file, config);
      const a = await lintFile(file, config);
      const b = await lintFile(file, config);
      const changed = a.findings.filter((f, i) => !%HaveSameMap(f.location, b.findings[i].location)).length;
      const [x, y] = [await extractReport(file), await extractReport(file)];
      const blocksChanged = x.blocks.filter((blk, i) => !%HaveSameMap(blk, y.blocks[i])).length;
      console.log(JSON.stringify({ findings: a.findings.length, changed, blocks: x.blocks.length, blocksChanged }));`;
    const r = await runProbe<{ findings: number; changed: number; blocks: number; blocksChanged: number }>(script, ['--allow-natives-syntax']);
    expect(r.findings).toBeGreaterThan(50);
    expect(r.blocks).toBeGreaterThan(100);
    expect(r).toMatchObject({ changed: 0, blocksChanged: 0 });
  }, 60_000);
});
