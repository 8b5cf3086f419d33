import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('institutions', (t) => {
    t.string('id', 100).primary();
    t.integer('version').notNullable().defaultTo(1);
    t.string('name', 300).notNullable();
    t.string('short_name', 60);
    t.string('type', 40).notNullable();
    t.string('teryt_code', 7).references('code').inTable('territorial_units');
    t.string('street', 200);
    t.string('postal_code', 6);
    t.string('city', 100);
    t.string('nip', 10);
    t.string('regon', 14);
    t.string('email', 200);
    t.string('phone', 50);
    t.string('website', 300);
    t.text('notes');
    t.boolean('active').notNullable().defaultTo(true);
    // Name, short name and city folded (no diacritics, ł→l, lower case) for diacritics-insensitive search.
    t.text('search_text').notNullable().defaultTo('');
    t.string('created_at', 30).notNullable();
    t.string('updated_at', 30).notNullable();
    t.index(['type']);
    t.index(['teryt_code']);
    t.index(['nip']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('institutions');
}
