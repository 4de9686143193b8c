import { zip } from './zip.js';

/**
 * A small SpreadsheetML (XLSX) writer: text and number cells, column widths, bold header rows,
 * wrapped columns, a frozen header with an autofilter, landscape printing. SheetJS Community
 * Edition writes none of the styles or print settings, so the package is built here; it has no
 * timestamps or document properties, so the same sheets give the same bytes.
 */

export type CellValue = string | number | undefined;

export interface SheetColumn {
  /** In characters of the default font, as Excel counts column widths. */
  width: number;
  /** Wrap long text inside the column's cells. */
  wrap?: boolean;
}

export interface Sheet {
  /** At most 31 characters, none of []:*?/\ (Excel's rule). */
  name: string;
  columns: SheetColumn[];
  rows: CellValue[][];
  /** 0-based rows shown as a table header: bold on a grey fill. */
  headerRows?: number[];
  /** 0-based rows shown bold (titles, totals). */
  boldRows?: number[];
  /**
   * The first row is the header of one list: frozen, repeated on every printed page, and
   * filterable when there are rows under it.
   */
  listHeader?: boolean;
}

const MAX_CELL_TEXT = 32767;

/** Indexes into `cellXfs` of STYLES. */
const Style = { Default: 0, Header: 1, Body: 2, BodyWrap: 3, Bold: 4 } as const;
type Style = (typeof Style)[keyof typeof Style];

export function writeWorkbook(sheets: readonly Sheet[]): Uint8Array {
  return zip([
    { name: '[Content_Types].xml', data: contentTypes(sheets.length) },
    { name: '_rels/.rels', data: ROOT_RELS },
    { name: 'xl/workbook.xml', data: workbookXml(sheets) },
    { name: 'xl/_rels/workbook.xml.rels', data: workbookRels(sheets.length) },
    { name: 'xl/styles.xml', data: STYLES },
    ...sheets.map((sheet, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: sheetXml(sheet, i === 0) })),
  ]);
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

function contentTypes(sheetCount: number): string {
  const sheets = Array.from(
    { length: sheetCount },
    (_, i) =>
      `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
  ).join('');
  return (
    XML_HEAD +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    sheets +
    '</Types>'
  );
}

const ROOT_RELS =
  XML_HEAD +
  `<Relationships xmlns="${PKG_REL_NS}">` +
  `<Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/>` +
  '</Relationships>';

function workbookRels(sheetCount: number): string {
  const sheets = Array.from(
    { length: sheetCount },
    (_, i) => `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  ).join('');
  return (
    XML_HEAD +
    `<Relationships xmlns="${PKG_REL_NS}">` +
    sheets +
    `<Relationship Id="rId${sheetCount + 1}" Type="${REL_NS}/styles" Target="styles.xml"/>` +
    '</Relationships>'
  );
}

function workbookXml(sheets: readonly Sheet[]): string {
  const entries = sheets.map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`);
  const names: string[] = [];
  sheets.forEach((sheet, i) => {
    if (!sheet.listHeader) return;
    const quoted = `'${sheet.name.replace(/'/g, "''")}'`;
    const filter = autoFilterRef(sheet);
    if (filter) {
      const [from, to] = filter.split(':').map((ref) => ref.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2'));
      names.push(`<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${escapeXml(`${quoted}!${from}:${to}`)}</definedName>`);
    }
    names.push(`<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${escapeXml(`${quoted}!$1:$1`)}</definedName>`);
  });
  return (
    XML_HEAD +
    `<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    '<bookViews><workbookView activeTab="0"/></bookViews>' +
    `<sheets>${entries.join('')}</sheets>` +
    (names.length ? `<definedNames>${names.join('')}</definedNames>` : '') +
    '</workbook>'
  );
}

/**
 * Fonts: 0 regular, 1 bold. Fills: 0 and 1 are the two Excel reserves, 2 light grey. Borders:
 * 0 none, 1 thin bottom. Cell formats follow `Style`.
 */
const STYLES =
  XML_HEAD +
  `<styleSheet xmlns="${MAIN_NS}">` +
  '<fonts count="2">' +
  '<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>' +
  '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>' +
  '</fonts>' +
  '<fills count="3">' +
  '<fill><patternFill patternType="none"/></fill>' +
  '<fill><patternFill patternType="gray125"/></fill>' +
  '<fill><patternFill patternType="solid"><fgColor rgb="FFD9D9D9"/><bgColor indexed="64"/></patternFill></fill>' +
  '</fills>' +
  '<borders count="2">' +
  '<border><left/><right/><top/><bottom/><diagonal/></border>' +
  '<border><left/><right/><top/><bottom style="thin"><color auto="1"/></bottom><diagonal/></border>' +
  '</borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="5">' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top"/></xf>' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment vertical="top"/></xf>' +
  '</cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

function sheetXml(sheet: Sheet, selected: boolean): string {
  const width = Math.max(sheet.columns.length, ...sheet.rows.map((r) => r.length), 1);
  const height = Math.max(sheet.rows.length, 1);
  const headers = new Set(sheet.headerRows ?? []);
  const bolds = new Set(sheet.boldRows ?? []);

  const view = sheet.listHeader
    ? `<sheetView${selected ? ' tabSelected="1"' : ''} workbookViewId="0">` +
      '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
      '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView>'
    : `<sheetView${selected ? ' tabSelected="1"' : ''} workbookViewId="0"/>`;

  const cols = sheet.columns
    .map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"/>`)
    .join('');

  const rows = sheet.rows
    .map((row, r) => {
      const cells = row
        .map((value, c) => {
          if (value === undefined || value === '') return '';
          const style = headers.has(r)
            ? Style.Header
            : bolds.has(r)
              ? Style.Bold
              : sheet.columns[c]?.wrap
                ? Style.BodyWrap
                : Style.Body;
          return cellXml(`${columnName(c)}${r + 1}`, value, style);
        })
        .join('');
      return `<row r="${r + 1}">${cells}</row>`;
    })
    .join('');

  const filter = sheet.listHeader ? autoFilterRef(sheet) : undefined;
  return (
    XML_HEAD +
    `<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' +
    `<dimension ref="A1:${columnName(width - 1)}${height}"/>` +
    `<sheetViews>${view}</sheetViews>` +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    (cols ? `<cols>${cols}</cols>` : '') +
    `<sheetData>${rows}</sheetData>` +
    (filter ? `<autoFilter ref="${filter}"/>` : '') +
    '<printOptions gridLines="1"/>' +
    '<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>' +
    // A4, landscape, as wide as one page and as long as it takes.
    '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>' +
    '<headerFooter><oddFooter>&amp;C&amp;P / &amp;N</oddFooter></headerFooter>' +
    '</worksheet>'
  );
}

/** The header row and the rows under it; none when there are no rows to filter. */
function autoFilterRef(sheet: Sheet): string | undefined {
  if (sheet.rows.length < 2) return undefined;
  const width = Math.max(sheet.columns.length, sheet.rows[0]?.length ?? 0);
  return `A1:${columnName(width - 1)}${sheet.rows.length}`;
}

function cellXml(ref: string, value: string | number, style: Style): string {
  const s = style === Style.Default ? '' : ` s="${style}"`;
  if (typeof value === 'number' && Number.isFinite(value)) return `<c r="${ref}"${s}><v>${value}</v></c>`;
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeXml(cellText(String(value)))}</t></is></c>`;
}

/** Text Excel accepts: no control characters XML 1.0 forbids, LF line ends, at most 32,767 characters. */
function cellText(text: string): string {
  const clean = text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');
  return clean.length > MAX_CELL_TEXT ? `${clean.slice(0, MAX_CELL_TEXT - 1)}…` : clean;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** 0 → A, 25 → Z, 26 → AA. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}
