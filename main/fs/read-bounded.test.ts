import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../testing/temp-dir';
import { BoundedReadError, readRegularFileBounded } from './read-bounded';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => (temp = makeTempDir()));
afterEach(() => temp.cleanup());

describe('readRegularFileBounded', () => {
  it('reads a file whole up to the limit, an empty one too, and refuses one byte more', () => {
    const file = path.join(temp.dir, 'a.json');
    fs.writeFileSync(file, 'x'.repeat(1000));
    expect(readRegularFileBounded(file, 1000).toString()).toBe('x'.repeat(1000));
    fs.writeFileSync(file, '');
    expect(readRegularFileBounded(file, 1000).length).toBe(0);
    fs.writeFileSync(file, 'x'.repeat(1001));
    expect(() => readRegularFileBounded(file, 1000)).toThrow(BoundedReadError);
  });

  it('refuses a folder and a device without reading them', () => {
    expect(() => readRegularFileBounded(temp.dir, 1000)).toThrow(/不是普通文件/);
    expect(() => readRegularFileBounded('/dev/zero', 1000)).toThrow(/不是普通文件/);
  });
});
