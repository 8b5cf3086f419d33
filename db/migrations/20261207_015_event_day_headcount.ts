import type { Knex } from 'knex';

/**
 * People counted, not named, day by day: `event_day_headcounts` holds, per event and Warsaw calendar day, how many
 * took part without being named on the list (a two-day conference: 150 on the first day, 120 on the second).
 *
 * The one number per event of 20261207_014 (`events.unnamed_participants`) moves to the event's first day and the
 * column is emptied, so the headcount lives in one place; the column stays (migrations only add) and nothing reads
 * or writes it any more. `down` puts back, per event, the largest headcount of a day (what the event reached beyond
 * its list; for a moved number, that number) and drops the table.
 */
const TIME_ZONE = 'Europe/Warsaw';

/** The Warsaw calendar day of a stored UTC instant (frozen here: a migration never follows later code). */
function warsawDay(instant: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(new Date(instant));
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('event_day_headcounts', (t) => {
    t.string('event_id', 100).notNullable().references('id').inTable('events').onDelete('CASCADE');
    t.string('day', 10).notNullable(); // YYYY-MM-DD in Europe/Warsaw
    t.integer('count').notNullable();
    t.primary(['event_id', 'day']);
  });
  const rows = (await knex('events').whereNotNull('unnamed_participants').select('id', 'starts_at', 'unnamed_participants')) as { id: string; starts_at: string; unnamed_participants: number | string }[];
  for (const row of rows) {
    await knex('event_day_headcounts').insert({ event_id: row.id, day: warsawDay(row.starts_at), count: Number(row.unnamed_participants) });
  }
  if (rows.length) await knex('events').whereNotNull('unnamed_participants').update({ unnamed_participants: null });
}

export async function down(knex: Knex): Promise<void> {
  const rows = (await knex('event_day_headcounts').groupBy('event_id').select('event_id').max({ largest: 'count' })) as { event_id: string; largest: number | string }[];
  for (const row of rows) await knex('events').where({ id: row.event_id }).update({ unnamed_participants: Number(row.largest) });
  await knex.schema.dropTable('event_day_headcounts');
}
