import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { makeTempDir } from '../testing/temp-dir';
import { writeFileAtomic } from './atomic-write';

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

  it('explains a missing folder in Chinese', () => {
    expect(() => writeFileAtomic(path.join(temp.dir, 'no/such/dir/a.txt'), 'x')).toThrow('目标文件夹不存在');
  });
});
