import type { Knex } from 'knex';

/**
 * Milestones of a project ("I Kamień Milowy"): a due date, the day it was reached, optionally the phase it closes.
 * Their status (planned, reached, missed) is not stored: it follows from `reached_on` and `due_date` (one truth),
 * as a phase's status (before, current, over) follows from its dates.
 *
 * Studies and deliverables (`studies`): work of the project that is not an event — a diagnosis, a report, a catalogue
 * of good practice, an expertise — with its contractor (an institution of the register or a name), its period,
 * status and optionally its file (PDF or DOCX, stored in the data folder like scans).
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('project_milestones', (t) => {
    t.string('id', 100).primary();
    t.string('project_id', 100).notNullable().references('id').inTable('projects').onDelete('CASCADE');
    t.string('phase_id', 100).references('id').inTable('project_phases').onDelete('SET NULL');
    t.integer('position').notNullable();
    t.string('name', 200).notNullable();
    t.string('due_date', 10);
    t.string('reached_on', 10);
    t.text('notes');
    t.index(['project_id']);
  });
  await knex.schema.createTable('studies', (t) => {
    t.string('id', 100).primary();
    t.integer('version').notNullable().defaultTo(1);
    t.string('project_id', 100).references('id').inTable('projects').onDelete('SET NULL');
    t.string('title', 500).notNullable();
    t.string('kind', 30).notNullable();
    t.string('status', 30).notNullable();
    t.string('contractor_institution_id', 100).references('id').inTable('institutions').onDelete('SET NULL');
    t.string('contractor_name', 300);
    t.string('period_from', 10);
    t.string('period_to', 10);
    t.text('notes');
    t.string('file_path', 300);
    t.string('file_name', 300);
    t.string('file_sha256', 64);
    t.string('created_at', 30).notNullable();
    t.string('updated_at', 30).notNullable();
    t.index(['project_id']);
    t.index(['contractor_institution_id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('studies');
  await knex.schema.dropTable('project_milestones');
}
