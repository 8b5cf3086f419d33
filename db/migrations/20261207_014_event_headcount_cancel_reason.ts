import type { Knex } from 'knex';

/**
 * Events say why they were cancelled (`cancellation_reason`), and how many took part without being named on the
 * list of participants (`unnamed_participants`: a conference of 150 with 23 registered by name has 127 here).
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('events', (t) => {
    t.text('cancellation_reason');
    t.integer('unnamed_participants');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('events', (t) => {
    t.dropColumn('unnamed_participants');
    t.dropColumn('cancellation_reason');
  });
}
