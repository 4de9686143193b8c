/**
 * Minimal DOCX files built in the test: a DOCX is a ZIP of a few XML parts. Paragraphs,
 * Heading1/Heading2 styles, tables with horizontal (w:gridSpan) and vertical (w:vMerge)
 * spans, nested tables and cells of several paragraphs, stored in an uncompressed ZIP.
 */

import { deflateRawSync } from 'node:zlib';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A paragraph, optionally with a paragraph style ("Heading1", "Heading2"). */
export function p(text: string, style?: string): string {
  const pPr = style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : '';
  const run = text === '' ? '' : `<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
  return `<w:p>${pPr}${run}</w:p>`;
}

/** A paragraph followed by the reference mark of footnote `id` (see `buildDocx`'s footnotes). */
export function pWithFootnote(text: string, id: number): string {
  return `<w:p><w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r><w:r><w:footnoteReference w:id="${id}"/></w:r></w:p>`;
}

/** An item of an automatically numbered list ("1.", "2.", ...) or of a bulleted one. */
export function li(text: string, kind: 'numbered' | 'bullet' = 'numbered', level = 0): string {
  const numId = kind === 'numbered' ? 1 : 2;
  return `<w:p><w:pPr><w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr><w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;
}

export const h1 = (text: string) => p(text, 'Heading1');
export const h2 = (text: string) => p(text, 'Heading2');

/** A table cell: its paragraphs, a horizontal span, a vertical merge, a table nested in it. */
export interface CellSpec {
  paras?: string[];
  span?: number;
  vMerge?: 'restart' | 'continue';
  /** XML of a table (from `tbl`) placed in the cell after its paragraphs. */
  nested?: string;
}

export type CellInput = string | string[] | CellSpec;

function cell(c: CellInput): string {
  const spec: CellSpec = typeof c === 'string' ? { paras: [c] } : Array.isArray(c) ? { paras: c } : c;
  const props: string[] = ['<w:tcW w:w="1000" w:type="dxa"/>'];
  if (spec.span && spec.span > 1) props.push(`<w:gridSpan w:val="${spec.span}"/>`);
  if (spec.vMerge === 'restart') props.push('<w:vMerge w:val="restart"/>');
  if (spec.vMerge === 'continue') props.push('<w:vMerge/>');
  const paras = (spec.paras ?? []).map((t) => p(t)).join('');
  // A cell must end with a paragraph, also after a nested table.
  const body = spec.nested ? `${paras}${spec.nested}<w:p/>` : paras || '<w:p/>';
  return `<w:tc><w:tcPr>${props.join('')}</w:tcPr>${body}</w:tc>`;
}

/** A table: rows of cells. The grid width is the widest row (spans counted). */
export function tbl(rows: CellInput[][], options: { headerRows?: number } = {}): string {
  const width = Math.max(
    ...rows.map((r) => r.reduce<number>((n, c) => n + (typeof c === 'object' && !Array.isArray(c) ? (c.span ?? 1) : 1), 0)),
  );
  const grid = `<w:tblGrid>${'<w:gridCol w:w="1000"/>'.repeat(width)}</w:tblGrid>`;
  const trs = rows
    .map((r, i) => {
      const trPr = i < (options.headerRows ?? 0) ? '<w:trPr><w:tblHeader/></w:trPr>' : '';
      return `<w:tr>${trPr}${r.map(cell).join('')}</w:tr>`;
    })
    .join('');
  return `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>${grid}${trs}</w:tbl>`;
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>
</Types>`;

const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>`;

const DOCUMENT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>
</Relationships>`;

// numId 1: decimal ("1."), numId 2: bullets.
const NUMBERING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="${W}">
<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2."/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>`;

function footnotesXml(notes: string[]): string {
  const separators = '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>';
  const body = notes.map((t, i) => `<w:footnote w:id="${i + 1}"><w:p><w:r><w:t xml:space="preserve">${escapeXml(t)}</w:t></w:r></w:p></w:footnote>`).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="${W}">${separators}${body}</w:footnotes>`;
}

// mammoth maps headings by style name: styleId "Heading1" named "heading 1".
const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="${W}">
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style>
</w:styles>`;

/** A DOCX whose body is the given block XML (from `p`, `h1`, `h2`, `li`, `tbl`). */
export function buildDocx(...blocks: string[]): Buffer {
  return buildDocxWith(blocks);
}

/** A DOCX with footnotes: footnote `i + 1` holds `footnotes[i]`. */
export function buildDocxWith(blocks: string[], options: { footnotes?: string[] } = {}): Buffer {
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="${W}"><w:body>${blocks.join('')}<w:sectPr/></w:body></w:document>`;
  return zipStored([
    ['[Content_Types].xml', CONTENT_TYPES],
    ['_rels/.rels', ROOT_RELS],
    ['word/_rels/document.xml.rels', DOCUMENT_RELS],
    ['word/document.xml', document],
    ['word/styles.xml', STYLES],
    ['word/numbering.xml', NUMBERING],
    ['word/footnotes.xml', footnotesXml(options.footnotes ?? [])],
  ]);
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A ZIP archive of the given files, stored without compression. */
export function zipStored(files: Array<[string, string | Buffer]>): Buffer {
  return zipArchive(files.map(([name, content]) => ({ name, content })));
}

export interface ZipPart {
  name: string;
  content: string | Buffer;
  /** Deflate it (default: stored as it is). */
  deflate?: boolean;
  /** The unpacked size the archive claims (default: the true one). */
  claimedSize?: number;
  /** Keep only this many bytes of the packed data (a truncated part). */
  keep?: number;
}

/** A ZIP archive written by hand, so that a test can also make its directory say what it needs. */
export function zipArchive(parts: ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const data = typeof part.content === 'string' ? Buffer.from(part.content, 'utf8') : part.content;
    const packed = part.deflate ? deflateRawSync(data) : data;
    const size = part.claimedSize ?? data.length;
    const method = part.deflate ? 8 : 0;
    const nameBytes = Buffer.from(part.name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(0, 10); // time
    local.writeUInt16LE(0x21, 12); // date: 1980-01-01
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // version made by
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(0, 12);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    const written = packed.subarray(0, part.keep ?? packed.length);
    locals.push(local, nameBytes, written);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + written.length;
  }
  const centralDir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(centralDir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, centralDir, end]);
}
