/** What the app shows as "the database it is on" (header, Ustawienia, O programie): never a server's password. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/connection';
import { makeTempDir } from '../support/tempDatabase';

describe('the database location shown to users', () => {
  it('names a PostgreSQL server by host, port and database, without the user or the password', async () => {
    const opened = openDatabase({ postgresUrl: 'postgres://biuro:tajne-Hasło@serwer.rops.local:5433/kooperator' });
    try {
      expect(opened.engine).toBe('postgresql');
      expect(opened.location).toBe('serwer.rops.local:5433/kooperator');
    } finally {
      await opened.db.destroy();
    }
    const inSchema = openDatabase({ postgresUrl: 'postgres://biuro:tajne@serwer.rops.local/kooperator', schema: 'biuro_katowice' });
    try {
      expect(inSchema.location).toBe('serwer.rops.local:5432/kooperator (schemat biuro_katowice)');
    } finally {
      await inSchema.db.destroy();
    }
  });

  it('names a SQLite file by its full path', async () => {
    const dir = makeTempDir();
    const opened = openDatabase({ sqliteFile: path.join(dir, 'dane', '..', 'kooperator.sqlite') });
    try {
      expect(opened.location).toBe(path.join(dir, 'kooperator.sqlite'));
    } finally {
      await opened.db.destroy();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
