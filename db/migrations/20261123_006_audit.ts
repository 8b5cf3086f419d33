import type { Knex } from 'knex';

/**
 * The audit log: who changed which record of the registers, when, and how (the values of the changed columns
 * before and after, as JSON). Written by main/services/versioned.ts in the same transaction as the change itself,
 * so a change that is rolled back (a stale save, a refused delete) leaves no entry.
 *
 * A row of a child table (a partnership's member, an event's participant or attendance mark) is its own entry and
 * also names its parent record (`parent_table`, `parent_id`), so the parent's page shows its children's history.
 * Entries are never edited, except that anonymising a person (RODO) blanks that person's identity in them.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('audit_log', (t) => {
    // An increasing number: entries written in the same millisecond keep their order.
    t.increments('id');
    t.string('at', 30).notNullable(); // ISO 8601 instant, UTC
    t.string('user_name', 200).notNullable();
    t.string('table_name', 60).notNullable();
    t.string('record_id', 200).notNullable();
    t.string('parent_table', 60);
    t.string('parent_id', 100);
    t.string('action', 10).notNullable(); // create | update | delete
    t.text('before_json'); // the changed columns before (null for create)
    t.text('after_json'); // the changed columns after (null for delete)
    t.index(['table_name', 'record_id']);
    t.index(['parent_table', 'parent_id']);
    t.index(['at']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('audit_log');
}
