/**
 * The test PostgreSQL server as the connection form's fields, and whether it checks passwords at all. A server set
 * up with `initdb -A trust` lets any password in from loopback, so "a wrong password is refused" can only be shown
 * on a server with password authentication (scram-sha-256, as .ci/run sets up); elsewhere those checks are
 * skipped, saying why.
 */
import pg from 'pg';

export const TRUST_NOTE =
  'the test PostgreSQL server accepts any password (trust authentication), so a wrong password cannot be refused here; run against a server with scram-sha-256 to check it';

export async function serverChecksPasswords(server: { host: string; port: number; database: string; user: string }): Promise<boolean> {
  const client = new pg.Client({ ...server, password: `nie-to-haslo-${Date.now()}`, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    return false;
  } catch (error) {
    if ((error as { code?: string }).code === '28P01') return true;
    throw error;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** The fields of the connection form (Ustawienia → Baza danych) for a postgres:// address. */
export function connectionFieldsOf(url: string): { host: string; port: number; database: string; user: string; password: string } {
  const server = new URL(url);
  return {
    host: server.hostname,
    port: Number(server.port || 5432),
    database: decodeURIComponent(server.pathname.slice(1)),
    user: decodeURIComponent(server.username),
    password: decodeURIComponent(server.password),
  };
}
