import type { Knex } from 'knex';

/**
 * Presence kept per participant as the marks are written: `event_participants.present_days`, the number of the
 * participant's attendance marks with status `present`, kept by triggers on `attendance` (whoever writes the marks:
 * the event's page, the exchange import, a copy between engines, a restore), and a covering index so that the
 * period summary reads who was present at its held events from the index alone instead of joining 500 000 marks on
 * their random text keys (docs/performance.md, item 2: the join was the summary's time). The triggers recount the
 * participant's marks rather than add and subtract, so rows copied with their count already set stay right.
 * The exchange file and the UI are unchanged: the column is derived, never exported.
 */
const TRIGGERS = { insert: 'attendance_present_days_insert', update: 'attendance_present_days_update', delete: 'attendance_present_days_delete' } as const;
const FUNCTION = 'attendance_present_days';
const INDEX = 'event_participants_presence_index';

function isPostgres(knex: Knex): boolean {
  return knex.client.config.client === 'pg';
}

const recount = (participant: string) =>
  `UPDATE event_participants SET present_days = (SELECT COUNT(*) FROM attendance a WHERE a.participant_id = ${participant} AND a.status = 'present') WHERE id = ${participant}`;

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('event_participants', (t) => t.integer('present_days').notNullable().defaultTo(0));
  await knex.raw(
    "UPDATE event_participants SET present_days = (SELECT COUNT(*) FROM attendance a WHERE a.participant_id = event_participants.id AND a.status = 'present')",
  );
  await knex.schema.alterTable('event_participants', (t) => t.index(['event_id', 'present_days', 'person_id', 'hours'], INDEX));
  if (isPostgres(knex)) {
    await knex.raw(`
      CREATE FUNCTION ${FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN ${recount('OLD.participant_id')}; END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN ${recount('NEW.participant_id')}; END IF;
        RETURN NULL;
      END $$`);
    await knex.raw(`CREATE TRIGGER ${TRIGGERS.insert} AFTER INSERT ON attendance FOR EACH ROW EXECUTE FUNCTION ${FUNCTION}()`);
    await knex.raw(`CREATE TRIGGER ${TRIGGERS.update} AFTER UPDATE ON attendance FOR EACH ROW EXECUTE FUNCTION ${FUNCTION}()`);
    await knex.raw(`CREATE TRIGGER ${TRIGGERS.delete} AFTER DELETE ON attendance FOR EACH ROW EXECUTE FUNCTION ${FUNCTION}()`);
  } else {
    await knex.raw(`CREATE TRIGGER ${TRIGGERS.insert} AFTER INSERT ON attendance BEGIN ${recount('NEW.participant_id')}; END`);
    await knex.raw(`CREATE TRIGGER ${TRIGGERS.update} AFTER UPDATE ON attendance BEGIN ${recount('OLD.participant_id')}; ${recount('NEW.participant_id')}; END`);
    await knex.raw(`CREATE TRIGGER ${TRIGGERS.delete} AFTER DELETE ON attendance BEGIN ${recount('OLD.participant_id')}; END`);
  }
}

export async function down(knex: Knex): Promise<void> {
  for (const trigger of Object.values(TRIGGERS)) await knex.raw(isPostgres(knex) ? `DROP TRIGGER ${trigger} ON attendance` : `DROP TRIGGER ${trigger}`);
  if (isPostgres(knex)) await knex.raw(`DROP FUNCTION ${FUNCTION}()`);
  await knex.schema.alterTable('event_participants', (t) => t.dropIndex(['event_id', 'present_days', 'person_id', 'hours'], INDEX));
  await knex.raw('ALTER TABLE event_participants DROP COLUMN present_days');
}
