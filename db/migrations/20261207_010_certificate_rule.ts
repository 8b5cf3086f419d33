import type { Knex } from 'knex';

/**
 * Who gets a certificate of participation: a rule of the project (`certificate_rule` `share` with
 * `certificate_min_share` per cent of the event's hours, 80 by default, or `every_day`), which an event may set for
 * itself (NULL: the project's rule, or the default without a project).
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('projects', (t) => {
    t.string('certificate_rule', 10).notNullable().defaultTo('share');
    t.integer('certificate_min_share').notNullable().defaultTo(80);
  });
  await knex.schema.alterTable('events', (t) => {
    t.string('certificate_rule', 10);
    t.integer('certificate_min_share');
  });
}

export async function down(knex: Knex): Promise<void> {
  // Plain DROP COLUMNs: knex rebuilds a SQLite table to drop one, which would lose its triggers.
  for (const [table, column] of [
    ['events', 'certificate_min_share'],
    ['events', 'certificate_rule'],
    ['projects', 'certificate_min_share'],
    ['projects', 'certificate_rule'],
  ]) {
    await knex.raw(`ALTER TABLE ${table} DROP COLUMN ${column}`);
  }
}
