/** knex's own SQLite client class, which knex ships without types: extended in db/connection.ts. */
declare module 'knex/lib/dialects/sqlite3' {
  import type { Knex } from 'knex';

  class Client_SQLite3 extends Knex.Client {
    _query(connection: unknown, query: { sql?: string }): Promise<unknown>;
  }
  export default Client_SQLite3;
}
