import type { Knex } from 'knex';

/**
 * Events (planned, held or cancelled) with their leaders, participants and attendance per day; recurring
 * series of partnership meetings; attachments; the register of issued certificates.
 * Times are stored as ISO 8601 instants in UTC (`starts_at`, `ends_at`) and shown in Europe/Warsaw.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('event_series', (t) => {
    t.string('id', 100).primary();
    t.integer('version').notNullable().defaultTo(1);
    // An iCalendar recurrence rule (RFC 5545), e.g. FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=10
    t.string('rule', 500).notNullable();
    t.string('created_at', 30).notNullable();
    t.string('updated_at', 30).notNullable();
  });

  await knex.schema.createTable('events', (t) => {
    t.string('id', 100).primary();
    t.integer('version').notNullable().defaultTo(1);
    t.string('title', 300).notNullable();
    t.string('type', 40).notNullable();
    t.string('status', 12).notNullable(); // planned | held | cancelled
    t.string('project_id', 100).references('id').inTable('projects').onDelete('RESTRICT');
    t.string('partnership_id', 100).references('id').inTable('partnerships').onDelete('RESTRICT');
    t.string('teryt_code', 7).references('code').inTable('territorial_units');
    t.string('place', 300);
    t.string('organiser_institution_id', 100).references('id').inTable('institutions').onDelete('RESTRICT');
    t.string('starts_at', 30).notNullable();
    t.string('ends_at', 30).notNullable();
    t.double('hours');
    t.string('hour_unit', 10).notNullable().defaultTo('didactic'); // didactic | clock
    t.string('mode', 12); // individual | group, for coaching and supervision
    t.text('notes');
    t.string('series_id', 100).references('id').inTable('event_series').onDelete('SET NULL');
    // An occurrence edited on its own no longer follows changes made to the whole series.
    t.boolean('detached_from_series').notNullable().defaultTo(false);
    t.text('search_text').notNullable().defaultTo('');
    t.string('created_at', 30).notNullable();
    t.string('updated_at', 30).notNullable();
    t.index(['starts_at']);
    t.index(['type', 'status']);
    t.index(['partnership_id']);
    t.index(['teryt_code']);
    t.index(['series_id']);
  });

  await knex.schema.createTable('event_leaders', (t) => {
    t.string('event_id', 100).notNullable().references('id').inTable('events').onDelete('CASCADE');
    t.string('person_id', 100).notNullable().references('id').inTable('people').onDelete('RESTRICT');
    t.string('role', 20).notNullable(); // trainer | coach | supervisor | moderator
    t.primary(['event_id', 'person_id', 'role']);
  });

  await knex.schema.createTable('event_participants', (t) => {
    t.string('id', 100).primary();
    t.string('event_id', 100).notNullable().references('id').inTable('events').onDelete('CASCADE');
    t.string('person_id', 100).notNullable().references('id').inTable('people').onDelete('RESTRICT');
    // The institution the person came from at the time (people move; lists keep what was true then).
    t.string('institution_id', 100).references('id').inTable('institutions').onDelete('SET NULL');
    t.boolean('walk_in').notNullable().defaultTo(false);
    // Coaching and supervision: hours of this person, in the event's unit.
    t.double('hours');
    t.string('created_at', 30).notNullable();
    t.unique(['event_id', 'person_id']);
    t.index(['person_id']);
  });

  await knex.schema.createTable('attendance', (t) => {
    t.string('participant_id', 100).notNullable().references('id').inTable('event_participants').onDelete('CASCADE');
    t.string('day', 10).notNullable(); // YYYY-MM-DD in Europe/Warsaw
    t.string('status', 10).notNullable(); // present | absent | excused
    t.primary(['participant_id', 'day']);
  });

  await knex.schema.createTable('event_attachments', (t) => {
    t.string('id', 100).primary();
    t.string('event_id', 100).notNullable().references('id').inTable('events').onDelete('CASCADE');
    t.string('path', 500).notNullable();
    t.string('name', 255).notNullable();
    t.string('sha256', 64).notNullable();
    t.string('created_at', 30).notNullable();
  });

  await knex.schema.createTable('certificates', (t) => {
    t.string('id', 100).primary();
    t.string('number', 40).notNullable().unique(); // e.g. 12/2026
    t.integer('year').notNullable();
    t.integer('sequence').notNullable();
    t.string('issued_on', 10).notNullable();
    t.string('event_id', 100).notNullable().references('id').inTable('events').onDelete('RESTRICT');
    t.string('person_id', 100).notNullable().references('id').inTable('people').onDelete('RESTRICT');
    t.string('created_at', 30).notNullable();
    t.unique(['event_id', 'person_id']);
    t.unique(['year', 'sequence']);
  });
}

export async function down(knex: Knex): Promise<void> {
  for (const table of ['certificates', 'event_attachments', 'attendance', 'event_participants', 'event_leaders', 'events', 'event_series']) {
    await knex.schema.dropTable(table);
  }
}
