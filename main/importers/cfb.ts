/**
 * Reads streams out of an OLE compound file (MS-CFB), the container of .doc and .wps files. Every
 * sector chain is followed with a visited set and a length bound, so a crafted file with a looping or
 * dangling chain is refused as damaged instead of hanging or exhausting memory (word-extractor's own
 * reader follows chains unguarded, which is one reason this exists).
 */
import { importErrors } from './import-error';
import { isOleFile } from './ole';

const END_OF_CHAIN = 0xfffffffe;
const FREE = 0xffffffff;
const MAX_REGULAR = 0xfffffffa;

export interface CompoundFile {
  /** Stream names (any depth), as stored. */
  names(): string[];
  /** The stream's bytes, or null when there is no stream of that name. */
  stream(name: string): Uint8Array | null;
}

interface DirEntry {
  name: string;
  type: number;
  start: number;
  size: number;
}

export function openCompoundFile(bytes: Uint8Array, fileName: string): CompoundFile {
  const damaged = (detail: string) => importErrors.corrupt(fileName, detail);
  if (!isOleFile(bytes) || bytes.length < 512) throw damaged('文件头不完整');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);

  const sectorShift = u16(30);
  const miniShift = u16(32);
  if ((sectorShift !== 9 && sectorShift !== 12) || miniShift !== 6) throw damaged('文件头的扇区大小无效');
  const sectorSize = 1 << sectorShift;
  const miniSize = 1 << miniShift;
  const sectorCount = Math.floor((bytes.length - sectorSize) / sectorSize) + (bytes.length % sectorSize ? 1 : 0);
  const sectorOffset = (id: number) => (id + 1) * sectorSize;
  const readSector = (id: number): Uint8Array => {
    if (id >= sectorCount) throw damaged('扇区编号超出文件范围，文件可能不完整');
    const start = sectorOffset(id);
    return bytes.subarray(start, Math.min(start + sectorSize, bytes.length));
  };

  // The FAT: its sector ids come from the header's 109 DIFAT slots, then the DIFAT sector chain.
  const fatSectorIds: number[] = [];
  const numFat = u32(44);
  if (numFat > sectorCount) throw damaged('分配表大小超出文件范围');
  for (let i = 0; i < 109 && fatSectorIds.length < numFat; i++) fatSectorIds.push(u32(76 + i * 4));
  let difat = u32(68);
  const seenDifat = new Set<number>();
  while (fatSectorIds.length < numFat && difat <= MAX_REGULAR) {
    if (seenDifat.has(difat)) throw damaged('分配表链循环');
    seenDifat.add(difat);
    const sector = readSector(difat);
    const perSector = sectorSize / 4 - 1;
    for (let i = 0; i < perSector && fatSectorIds.length < numFat; i++) fatSectorIds.push(new DataView(sector.buffer, sector.byteOffset).getUint32(i * 4, true));
    difat = new DataView(sector.buffer, sector.byteOffset).getUint32(perSector * 4, true);
  }
  const fat = new Uint32Array(fatSectorIds.length * (sectorSize / 4));
  fatSectorIds.forEach((id, i) => {
    const sector = readSector(id);
    const words = new DataView(sector.buffer, sector.byteOffset, sector.byteLength);
    for (let j = 0; j + 4 <= sector.byteLength; j += 4) fat[i * (sectorSize / 4) + j / 4] = words.getUint32(j, true);
  });

  /** A chain's sector ids; refused when it loops, leaves the table or is longer than the file. */
  const chain = (table: Uint32Array, start: number, limit: number): number[] => {
    const ids: number[] = [];
    const seen = new Set<number>();
    for (let id = start; id !== END_OF_CHAIN && id !== FREE; id = table[id]!) {
      if (id >= table.length || id > MAX_REGULAR) throw damaged('扇区链指向文件之外，文件可能不完整');
      if (seen.has(id)) throw damaged('扇区链循环');
      if (ids.length >= limit) throw damaged('扇区链超出文件范围');
      seen.add(id);
      ids.push(id);
    }
    return ids;
  };
  const readChain = (start: number, size: number): Uint8Array => {
    const ids = chain(fat, start, sectorCount);
    const out = new Uint8Array(Math.min(size, ids.length * sectorSize));
    let at = 0;
    for (const id of ids) {
      if (at >= out.length) break;
      const sector = readSector(id);
      const piece = sector.subarray(0, Math.min(sector.length, out.length - at));
      out.set(piece, at);
      at += piece.length;
    }
    if (at < size) throw damaged('数据流比记录的短，文件可能不完整');
    return out;
  };

  // The directory: 128-byte entries in the chain starting at the header's directory sector.
  const dirBytes = readChain(u32(48), chain(fat, u32(48), sectorCount).length * sectorSize);
  const entries: DirEntry[] = [];
  const dirView = new DataView(dirBytes.buffer, dirBytes.byteOffset, dirBytes.byteLength);
  for (let at = 0; at + 128 <= dirBytes.length; at += 128) {
    const type = dirBytes[at + 66]!;
    if (type === 0) continue;
    const nameLength = Math.min(dirView.getUint16(at + 64, true), 64);
    const name = Buffer.from(dirBytes.subarray(at, at + Math.max(0, nameLength - 2))).toString('utf16le');
    entries.push({ name, type, start: dirView.getUint32(at + 116, true), size: dirView.getUint32(at + 120, true) });
  }
  const root = entries.find((e) => e.type === 5);
  if (!root) throw damaged('缺少根目录');

  const cutoff = u32(56) || 4096;
  let mini: { stream: Uint8Array; fat: Uint32Array } | null = null;
  const miniStream = () => {
    if (!mini) {
      const stream = root.size ? readChain(root.start, Math.min(root.size, bytes.length)) : new Uint8Array(0);
      const miniFatIds = u32(60) <= MAX_REGULAR ? chain(fat, u32(60), sectorCount) : [];
      const table = new Uint32Array(miniFatIds.length * (sectorSize / 4));
      miniFatIds.forEach((id, i) => {
        const sector = readSector(id);
        const words = new DataView(sector.buffer, sector.byteOffset, sector.byteLength);
        for (let j = 0; j + 4 <= sector.byteLength; j += 4) table[i * (sectorSize / 4) + j / 4] = words.getUint32(j, true);
      });
      mini = { stream, fat: table };
    }
    return mini;
  };

  return {
    names: () => entries.map((e) => e.name),
    stream(name) {
      const entry = entries.find((e) => e.type === 2 && e.name === name);
      if (!entry) return null;
      if (entry.size > bytes.length) throw damaged(`数据流 ${name} 的大小超出文件范围`);
      if (entry.size >= cutoff) return readChain(entry.start, entry.size);
      const { stream, fat: miniFat } = miniStream();
      const ids = chain(miniFat, entry.start, Math.ceil(stream.length / miniSize));
      const out = new Uint8Array(entry.size);
      let at = 0;
      for (const id of ids) {
        if (at >= out.length) break;
        const piece = stream.subarray(id * miniSize, Math.min((id + 1) * miniSize, stream.length, id * miniSize + out.length - at));
        out.set(piece, at);
        at += piece.length;
      }
      if (at < entry.size) throw damaged(`数据流 ${name} 不完整`);
      return out;
    },
  };
}
