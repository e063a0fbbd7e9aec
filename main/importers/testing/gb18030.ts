/**
 * GB18030 encoding for tests. TextEncoder only writes UTF-8, so the table is built by running the
 * platform's GB18030 decoder over every two-byte code (which covers all Han characters and the
 * punctuation a report uses).
 */
let table: Map<string, readonly [number, number]> | null = null;

function buildTable(): Map<string, readonly [number, number]> {
  const decoder = new TextDecoder('gb18030');
  const map = new Map<string, readonly [number, number]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(Uint8Array.of(lead, trail));
      if ([...ch].length === 1 && ch !== '\ufffd' && !map.has(ch)) map.set(ch, [lead, trail]);
    }
  }
  return map;
}

export function encodeGb18030(text: string): Uint8Array {
  table ??= buildTable();
  const out: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) {
      out.push(cp);
      continue;
    }
    const bytes = table.get(ch);
    if (!bytes) throw new Error(`not in the two-byte GB18030 table: ${ch}`);
    out.push(...bytes);
  }
  return Uint8Array.from(out);
}

export function encodeUtf16(text: string, order: 'le' | 'be', bom = false): Uint8Array {
  const le = Buffer.from((bom ? '\ufeff' : '') + text, 'utf16le');
  if (order === 'be') le.swap16();
  return new Uint8Array(le.buffer, le.byteOffset, le.byteLength);
}
