/**
 * Just enough of the ZIP format to look inside a DOCX/XLSX before a library unpacks it: the
 * names and sizes in its central directory, so that the format is known from the content and
 * an archive that would unpack to an absurd size (a zip bomb) is refused.
 */
export interface ZipEntry {
  name: string;
  compressedSize: number;
  size: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;

export class ZipError extends Error {}

export function listZip(data: Buffer): ZipEntry[] {
  const from = Math.max(0, data.length - 65557);
  let eocd = -1;
  for (let i = data.length - 22; i >= from; i--) {
    if (data.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipError('no end of central directory');
  const count = data.readUInt16LE(eocd + 10);
  let offset = data.readUInt32LE(eocd + 16);
  if (count === 0xffff || offset === 0xffffffff) throw new ZipError('zip64 archive');
  const entries: ZipEntry[] = [];
  for (let k = 0; k < count; k++) {
    if (offset + 46 > data.length || data.readUInt32LE(offset) !== CENTRAL) throw new ZipError('truncated central directory');
    const compressedSize = data.readUInt32LE(offset + 20);
    const size = data.readUInt32LE(offset + 24);
    const nameLength = data.readUInt16LE(offset + 28);
    const extraLength = data.readUInt16LE(offset + 30);
    const commentLength = data.readUInt16LE(offset + 32);
    const name = data.toString('utf8', offset + 46, offset + 46 + nameLength);
    if (size === 0xffffffff || compressedSize === 0xffffffff) throw new ZipError('zip64 entry');
    entries.push({ name, compressedSize, size });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
