import type { Knex } from 'knex';

/**
 * A file kept with an event says what it is (`kind`: photo, signed_list, other), what it shows (`caption`), when it
 * was taken (`taken_on`, a calendar day) and whether the summary's photo page prints it (`in_summary`). Attachments
 * stored before get their kind from their content, known by the stored file's extension (the store names files by
 * their detected type): JPG and PNG become photos, PDFs signed attendance lists — what offices attached them for.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('event_attachments', (t) => {
    t.string('kind', 20).notNullable().defaultTo('other');
    t.text('caption');
    t.string('taken_on', 10);
    t.boolean('in_summary').notNullable().defaultTo(false);
  });
  await knex('event_attachments').where('path', 'like', '%.pdf').update({ kind: 'signed_list' });
  await knex('event_attachments').where((q) => q.where('path', 'like', '%.jpg').orWhere('path', 'like', '%.jpeg').orWhere('path', 'like', '%.png')).update({ kind: 'photo' });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('event_attachments', (t) => {
    t.dropColumn('in_summary');
    t.dropColumn('taken_on');
    t.dropColumn('caption');
    t.dropColumn('kind');
  });
}
