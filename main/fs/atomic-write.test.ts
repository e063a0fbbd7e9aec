import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { makeTempDir } from '../testing/temp-dir';
import { nodeFs, writeFileAtomic, type AtomicWriteFs } from './atomic-write';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => (temp = makeTempDir()));
afterEach(() => temp.cleanup());

describe('writeFileAtomic', () => {
  it('writes a new file and replaces an existing one, leaving no temp files', () => {
    const file = path.join(temp.dir, '报告.json');
    writeFileAtomic(file, '第一版');
    writeFileAtomic(file, '第二版');
    expect(fs.readFileSync(file, 'utf8')).toBe('第二版');
    expect(fs.readdirSync(temp.dir)).toEqual(['报告.json']);
  });

  it('leaves the old file untouched when the folder is read-only', () => {
    if (process.getuid?.() === 0) {
      // root ignores directory permissions; use a target that cannot be replaced instead
      const file = path.join(temp.dir, 'dir-target');
      fs.mkdirSync(file);
      expect(() => writeFileAtomic(file, 'x')).toThrow(/无法写入“dir-target”/);
      expect(fs.statSync(file).isDirectory()).toBe(true);
      expect(fs.readdirSync(temp.dir)).toEqual(['dir-target']);
      return;
    }
    const file = path.join(temp.dir, 'a.txt');
    fs.writeFileSync(file, '旧内容');
    fs.chmodSync(temp.dir, 0o500);
    try {
      expect(() => writeFileAtomic(file, '新内容')).toThrow(/没有写入权限/);
    } finally {
      fs.chmodSync(temp.dir, 0o700);
    }
    expect(fs.readFileSync(file, 'utf8')).toBe('旧内容');
  });

  it('writes a file whose name is as long as the file system allows (80 Chinese characters)', () => {
    // 80 × 3 bytes of UTF-8 + ".docx" = 245 bytes, under the 255-byte limit; a temp name built from the
    // target's name would pass it (ENAMETOOLONG).
    const file = path.join(temp.dir, `${'关于进一步加强和改进基层治理工作的情况报告'.repeat(4).slice(0, 80)}.docx`);
    expect(Buffer.byteLength(path.basename(file))).toBe(245);
    writeFileAtomic(file, '内容');
    expect(fs.readFileSync(file, 'utf8')).toBe('内容');
    expect(fs.readdirSync(temp.dir)).toEqual([path.basename(file)]);
  });

  it('refuses to replace a read-only file, and leaves it read-only and unchanged', () => {
    const file = path.join(temp.dir, '去年的报告.docx');
    fs.writeFileSync(file, '去年');
    fs.chmodSync(file, 0o444);
    expect(() => writeFileAtomic(file, '今年')).toThrow(/“去年的报告.docx”是只读文件/);
    expect(fs.readFileSync(file, 'utf8')).toBe('去年');
    expect(fs.statSync(file).mode & 0o222).toBe(0);
    expect(fs.readdirSync(temp.dir)).toEqual(['去年的报告.docx']);
  });

  it('explains a missing folder in Chinese', () => {
    expect(() => writeFileAtomic(path.join(temp.dir, 'no/such/dir/a.txt'), 'x')).toThrow('目标文件夹不存在');
  });

  it('explains a target whose parent is a regular file, and writes nothing', () => {
    const notAFolder = path.join(temp.dir, '报告.txt');
    fs.writeFileSync(notAFolder, '旧内容');
    expect(() => writeFileAtomic(path.join(notAFolder, '导出.docx'), 'x')).toThrow(/无法写入“导出\.docx”：路径“.*报告\.txt”不是文件夹/);
    expect(fs.readFileSync(notAFolder, 'utf8')).toBe('旧内容');
    expect(fs.readdirSync(temp.dir)).toEqual(['报告.txt']);
  });
});

/** Real file-system calls, with `failing` replaced by one that throws the given errno code. */
function failingFs(failing: keyof AtomicWriteFs, code: string): AtomicWriteFs & { calls: string[] } {
  const calls: string[] = [];
  const ops = { ...nodeFs, calls } as AtomicWriteFs & { calls: string[] };
  ops[failing] = ((..._args: never[]) => {
    calls.push(failing);
    throw Object.assign(new Error(`${code}: injected`), { code });
  }) as never;
  return ops;
}

describe('writeFileAtomic when the file system refuses', () => {
  // As root, chmod does not stop writes, so the errors Windows and read-only disks give are injected.
  const cases: Array<[keyof AtomicWriteFs, string, RegExp]> = [
    ['renameSync', 'EBUSY', /无法写入“报告\.docx”：文件可能正在 Word 或 WPS 中打开，请关闭该文件后重试/],
    ['renameSync', 'EPERM', /文件可能正在 Word 或 WPS 中打开/],
    ['openSync', 'EACCES', /没有写入权限，文件夹“.*”可能是只读的/],
    ['openSync', 'EROFS', /目标位置是只读的/],
    ['writeFileSync', 'ENOSPC', /磁盘空间不足/],
  ];
  for (const [failing, code, message] of cases) {
    it(`${code} from ${failing}: a Chinese message, the old file untouched, no temp file left`, () => {
      const file = path.join(temp.dir, '报告.docx');
      fs.writeFileSync(file, '旧内容');
      const ops = failingFs(failing, code);
      expect(() => writeFileAtomic(file, '新内容', ops)).toThrow(message);
      expect(ops.calls).toEqual([failing]);
      expect(fs.readFileSync(file, 'utf8')).toBe('旧内容');
      expect(fs.readdirSync(temp.dir)).toEqual(['报告.docx']);
    });
  }

  it('reports the original error even when removing the temp file fails too', () => {
    const file = path.join(temp.dir, '报告.docx');
    const ops = failingFs('renameSync', 'EBUSY');
    ops.rmSync = () => {
      throw Object.assign(new Error('EBUSY'), { code: 'EBUSY' });
    };
    expect(() => writeFileAtomic(file, '新内容', ops)).toThrow(/文件可能正在 Word 或 WPS 中打开/);
  });
});

