import type Database from 'better-sqlite3';
import type { z } from 'zod';

/** Key/value settings as JSON in SQLite. Values are re-validated on read: a bad value yields the fallback. */
export class SettingsStore {
  constructor(private readonly db: Database.Database) {}

  get<T>(key: string, schema: z.ZodType<T>, fallback: T): T {
    const raw = this.db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(key) as string | undefined;
    if (raw === undefined) return fallback;
    try {
      const parsed = schema.safeParse(JSON.parse(raw));
      return parsed.success ? parsed.data : fallback;
    } catch {
      return fallback;
    }
  }

  set(key: string, value: unknown): void {
    this.db
      .prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
      .run(key, JSON.stringify(value));
  }
}
