import { detectFormat } from '../../src/extract/detect.js';
import { checkZipSizes, listZip, ZipBombError, ZipError } from '../../src/extract/zip.js';
import { zipArchive, type ZipPart } from '../support/docx.js';

type Part = Omit<ZipPart, 'deflate'> & { stored?: boolean };
/** Deflated unless stored (the DOCX/XLSX writers' usual way). */
const zip = (parts: Part[]) => zipArchive(parts.map(({ stored, ...part }) => ({ ...part, deflate: !stored })));

const xml = (text: string) => Buffer.from(`<?xml version="1.0"?>${text}`);
const docx = (document: Omit<Part, 'name'>) => zip([{ name: '[Content_Types].xml', content: xml('<Types/>') }, { name: 'word/document.xml', ...document }]);
const check = (data: Buffer) => checkZipSizes(data, listZip(data));

describe('checkZipSizes: the unpacked data against the sizes the directory gives', () => {
  it('accepts parts that unpack to what their directory says, deflated, stored or empty', () => {
    const data = zip([
      { name: 'a.xml', content: xml('<a>' + 'isi '.repeat(5000) + '</a>') },
      { name: 'b.bin', content: Buffer.from('tersimpan apa adanya'), stored: true },
      { name: 'c.xml', content: Buffer.alloc(0) },
    ]);
    expect(() => check(data)).not.toThrow();
    expect(listZip(data).map((e) => [e.name, e.method])).toEqual([['a.xml', 8], ['b.bin', 0], ['c.xml', 8]]);
  });

  it('refuses a part that unpacks to more than its directory says, as a zip bomb', () => {
    const data = docx({ content: Buffer.alloc(8 * 1024 * 1024, 0x20), claimedSize: 4096 });
    expect(() => check(data)).toThrow(ZipBombError);
    expect(() => check(data)).toThrow('word/document.xml unpacks to more than the 4096 bytes its directory says');
  });

  it('calls a truncated part or a stored part with two sizes corrupt, not a bomb', () => {
    const truncated = docx({ content: xml('<w:document>' + 'teks '.repeat(4000) + '</w:document>'), keep: 40 });
    expect(() => check(truncated)).toThrow(ZipError);
    expect(() => check(truncated)).not.toThrow(ZipBombError);
    const twoSizes = docx({ content: xml('<w:document/>'), stored: true, claimedSize: 5 });
    expect(() => check(twoSizes)).toThrow('stored part word/document.xml with two sizes');
    expect(() => check(twoSizes)).not.toThrow(ZipBombError);
  });
});

describe('detectFormat of a DOCX whose directory lies', () => {
  it('is a zip bomb when the data holds more, whatever the small sizes in the directory', () => {
    const lying = docx({ content: Buffer.alloc(8 * 1024 * 1024, 0x20), claimedSize: 4096 });
    expect(detectFormat(lying)).toEqual({
      problem: 'zip-bomb',
      detail: {
        id: 'word/document.xml terbuka lebih besar dari 4096 bita yang tertulis di direktorinya',
        en: 'word/document.xml unpacks to more than the 4096 bytes its directory says',
      },
    });
  });

  it('is corrupt when a part cannot be unpacked, and a DOCX when every part is as it says', () => {
    expect(detectFormat(docx({ content: xml('<w:document>' + 'teks '.repeat(4000) + '</w:document>'), keep: 40 }))).toEqual({
      problem: 'zip-corrupt',
      detail: { id: expect.stringMatching(/^bagian word\/document\.xml tidak dapat dibuka \(Z_\w+\)$/), en: expect.stringMatching(/^part word\/document\.xml cannot be unpacked \(Z_\w+\)$/) },
    });
    expect(detectFormat(docx({ content: xml('<w:document/>') }))).toEqual({ format: 'docx' });
  });
});
