import type { Knex } from 'knex';

/**
 * A person's form of address (`ms` „Pani” / `mr` „Pan”), optional: documents then write „Pani Anna Nowak wzięła
 * udział”; where it is NULL they word it neutrally.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('people', (t) => t.string('form_of_address', 2));
}

export async function down(knex: Knex): Promise<void> {
  // A plain DROP COLUMN: knex rebuilds a SQLite table to drop one, which would lose the table's triggers.
  await knex.raw('ALTER TABLE people DROP COLUMN form_of_address');
}
