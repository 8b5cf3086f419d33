/**
 * Channels of this PC's settings (ustawienia stanowiska): the database it opens at start and who works at it.
 * Nothing here ever returns the PostgreSQL password.
 */
import { channel, none } from '../channel';
import {
  connectionTest,
  databaseChoiceSave,
  userNameSave,
  type ConnectionSaved,
  type ConnectionSettings,
  type ConnectionTestResult,
} from '../schemas/connection';

export const connectionChannels = {
  /** The database open now and what this PC's settings file says (without the password). */
  'connection.get': channel<ConnectionSettings>()(none),
  /** "Sprawdź połączenie": connects to the PostgreSQL server, reports its version and schema, or why it failed. */
  'connection.test': channel<ConnectionTestResult>()(connectionTest),
  /** Saves the choice in this PC's settings file; it takes effect at the next start. */
  'connection.save': channel<ConnectionSaved>()(databaseChoiceSave),
  /** Who works at this PC (the audit log's "who"); kept on this PC, not in the shared database. */
  'connection.saveUserName': channel<{ userName: string }>()(userNameSave),
} as const;
