/**
 * A minimal ZIP reader for inspecting uploaded artifacts: reads the central directory, inflates
 * stored (0) and deflated (8) entries and checks each CRC-32. Enough for what `archiver` (used by
 * @actions/artifact) writes; ZIP64 and encryption are refused with a clear error rather than misread.
 */
import { crc32, inflateRawSync } from 'node:zlib';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** Files in the archive by path (directories omitted). */
export function readZip(zip: Buffer): Record<string, Buffer> {
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip archive: end of central directory not found');
  const count = zip.readUInt16LE(eocd + 10);
  const centralOffset = zip.readUInt32LE(eocd + 16);
  if (count === 0xffff || centralOffset === 0xffffffff) throw new Error('ZIP64 archives are not supported by this reader');

  const files: Record<string, Buffer> = {};
  let p = centralOffset;
  for (let n = 0; n < count; n++) {
    if (zip.readUInt32LE(p) !== CENTRAL) throw new Error(`bad central directory entry at ${p}`);
    const flags = zip.readUInt16LE(p + 8);
    const method = zip.readUInt16LE(p + 10);
    const crc = zip.readUInt32LE(p + 16);
    const compressedSize = zip.readUInt32LE(p + 20);
    const size = zip.readUInt32LE(p + 24);
    const nameLength = zip.readUInt16LE(p + 28);
    const extraLength = zip.readUInt16LE(p + 30);
    const commentLength = zip.readUInt16LE(p + 32);
    const localOffset = zip.readUInt32LE(p + 42);
    const name = zip.toString((flags & 0x800) !== 0 ? 'utf8' : 'latin1', p + 46, p + 46 + nameLength);
    p += 46 + nameLength + extraLength + commentLength;
    if (compressedSize === 0xffffffff || size === 0xffffffff || localOffset === 0xffffffff) {
      throw new Error(`ZIP64 entry ${name} is not supported by this reader`);
    }
    if ((flags & 1) !== 0) throw new Error(`encrypted entry ${name} is not supported`);
    if (name.endsWith('/')) continue;

    if (zip.readUInt32LE(localOffset) !== LOCAL) throw new Error(`bad local header for ${name}`);
    const dataStart = localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
    const compressed = zip.subarray(dataStart, dataStart + compressedSize);
    let data: Buffer;
    if (method === 0) data = Buffer.from(compressed);
    else if (method === 8) data = inflateRawSync(compressed);
    else throw new Error(`entry ${name} uses unsupported compression method ${method}`);
    if (data.length !== size) throw new Error(`entry ${name}: ${data.length} bytes, central directory says ${size}`);
    if (crc32(data) !== crc) throw new Error(`entry ${name}: CRC-32 mismatch`);
    files[name] = data;
  }
  return files;
}
