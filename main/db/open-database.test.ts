import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { createServices } from '../services';
import { makeTempDir } from '../testing/temp-dir';
import { openDatabase } from './open-database';
import { migrations } from './migrations';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => (temp = makeTempDir()));
afterEach(() => temp.cleanup());

describe('openDatabase', () => {
  it('creates the schema in WAL mode and records each migration once', () => {
    const file = path.join(temp.dir, 'a.db');
    const { db } = openDatabase(file);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    const versions = db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all();
    expect(versions).toEqual(migrations.map((m) => m.version));
    db.close();
    const again = openDatabase(file);
    expect(again.db.prepare('SELECT count(*) FROM schema_migrations').pluck().get()).toBe(migrations.length);
    again.db.close();
  });

  it('moves a file that is not a database aside, keeps it byte for byte, and starts fresh', () => {
    const file = path.join(temp.dir, 'gongwen.db');
    const garbage = Buffer.from('这不是数据库文件'.repeat(500));
    fs.writeFileSync(file, garbage);
    const opened = openDatabase(file, () => new Date('2026-05-06T07:08:09.123Z'));
    expect(opened.recovered).toBeDefined();
    expect(opened.recovered!.message).toContain('数据库文件已损坏');
    expect(path.basename(opened.recovered!.movedTo)).toBe('gongwen.db.damaged-2026-05-06T07-08-09-123Z');
    expect(fs.readFileSync(opened.recovered!.movedTo)).toEqual(garbage);
    expect(opened.db.prepare('SELECT count(*) FROM drafts').pluck().get()).toBe(0);
    opened.db.close();
  });

  it('moves aside a database whose pages are damaged, through the app start-up path', () => {
    const first = createServices(temp.dir);
    const draft = first.drafts.create({ plainText: '原有内容'.repeat(5000) });
    first.db.pragma('wal_checkpoint(TRUNCATE)');
    first.close();
    const file = path.join(temp.dir, 'gongwen.db');
    const bytes = fs.readFileSync(file);
    // Scribble over every page after the first (the header stays valid, so SQLite opens it and
    // integrity_check or the first query has to notice).
    for (let i = 4096; i < bytes.length; i += 1) bytes[i] = (i * 7) & 0xff;
    fs.writeFileSync(file, bytes);

    const services = createServices(temp.dir);
    expect(services.startupNotices).toHaveLength(1);
    const notice = services.startupNotices[0]!;
    if (notice.kind !== 'database-recovered') throw new Error(`unexpected notice ${notice.kind}`);
    expect(fs.existsSync(notice.movedTo)).toBe(true);
    expect(fs.readFileSync(notice.movedTo)).toEqual(bytes);
    expect(() => services.drafts.get(draft.id)).toThrow('找不到该文档');
    expect(services.drafts.list()).toEqual([]);
    services.close();
  });
});
