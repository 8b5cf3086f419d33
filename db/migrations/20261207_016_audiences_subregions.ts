import type { Knex } from 'knex';

/**
 * For whom an event was held (`audiences`: the vocabulary's codes as a JSON array, in its order, e.g.
 * ["management","social_workers"]; null or [] when not said), and subregions: named groups of powiats of one
 * voivodeship, defined by the office. A powiat belongs to at most one subregion (the unique key on `powiat_code`;
 * a powiat's code starts with its voivodeship's).
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('events', (t) => {
    t.text('audiences');
  });
  await knex.schema.createTable('subregions', (t) => {
    t.string('id', 100).primary();
    t.integer('version').notNullable().defaultTo(1);
    t.string('voivodeship_code', 2).notNullable();
    t.string('name', 200).notNullable();
    t.text('notes');
    t.string('created_at', 30).notNullable();
    t.string('updated_at', 30).notNullable();
    t.unique(['voivodeship_code', 'name']);
  });
  await knex.schema.createTable('subregion_powiats', (t) => {
    t.string('subregion_id', 100).notNullable().references('id').inTable('subregions').onDelete('CASCADE');
    t.string('powiat_code', 4).notNullable();
    t.primary(['powiat_code']);
    t.index(['subregion_id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('subregion_powiats');
  await knex.schema.dropTable('subregions');
  await knex.schema.alterTable('events', (t) => {
    t.dropColumn('audiences');
  });
}
