import type { Knex } from 'knex';

/** People: staff of member institutions, trainers, coaches, supervisors, the office's own team. */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('people', (t) => {
    t.string('id', 100).primary();
    t.integer('version').notNullable().defaultTo(1);
    t.string('first_name', 100).notNullable();
    t.string('last_name', 150).notNullable();
    // An institution with people cannot be deleted until they are moved or removed.
    t.string('institution_id', 100).references('id').inTable('institutions').onDelete('RESTRICT');
    t.string('position', 200);
    t.string('email', 200);
    t.string('phone', 50);
    t.text('notes');
    t.text('search_text').notNullable().defaultTo('');
    t.string('created_at', 30).notNullable();
    t.string('updated_at', 30).notNullable();
    t.index(['institution_id']);
    t.index(['last_name']);
  });

  // Several roles at once (a trainer may also be a coach); a table, so lists can filter by role.
  await knex.schema.createTable('person_roles', (t) => {
    t.string('person_id', 100).notNullable().references('id').inTable('people').onDelete('CASCADE');
    t.string('role', 40).notNullable();
    t.primary(['person_id', 'role']);
    t.index(['role']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('person_roles');
  await knex.schema.dropTable('people');
}
