import rule from '../../rules/file-extension.js';
import { lintReport } from '../../src/engine/linter.js';
import type { Lang } from '../../src/engine/types.js';
import type { Report } from '../../src/model/index.js';

function messages(mismatch: Report['extensionMismatch'], lang: Lang): string[] {
  const report: Report = { file: 'laporan', format: 'pdf', metadata: { unit: {} }, blocks: [], extensionMismatch: mismatch };
  return lintReport(report, { rules: {}, rounding: 'round-or-truncate', lang }, [rule]).map((f) => f.message);
}

describe('file-extension', () => {
  it('says nothing when the name fits the content', () => {
    expect(messages(undefined, 'id')).toEqual([]);
  });

  it('names the extension and the format read, in each language', () => {
    expect(messages({ extension: '.txt', format: 'pdf' }, 'id')[0]).toMatch(/^Berkas bernama "\.txt" tetapi isinya PDF/);
    expect(messages({ extension: '.pdf', format: 'text' }, 'en')[0]).toMatch(/^The file is named "\.pdf" but its content is text/);
  });

  it('says when the name has no extension, in the language asked for', () => {
    expect(messages({ extension: '', format: 'pdf' }, 'id')[0]).toContain('"(tanpa ekstensi)"');
    expect(messages({ extension: '', format: 'pdf' }, 'en')[0]).toContain('"(no extension)"');
  });
});
