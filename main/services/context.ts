import type { Knex } from 'knex';
import type { Engine } from '../../db/connection';

/** What every service call gets: the database and what is known about it. No Electron in here. */
export interface ServiceContext {
  db: Knex;
  engine: Engine;
  databaseLocation: string;
  appVersion: string;
}
