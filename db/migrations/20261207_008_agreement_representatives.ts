import type { Knex } from 'knex';

/**
 * Several representatives per agreement party (a powiat signs through two members of its board, a gmina through its
 * mayor with the treasurer's countersignature): `agreement_parties.representatives` holds them in their order, as a
 * JSON list of `{ "name": …, "function": … }`. The single `representative_name` / `representative_function` are moved
 * into the list (first) and emptied; they stay in the schema, unused, as migrations only add.
 */
interface Single {
  id: string;
  representative_name: string | null;
  representative_function: string | null;
}

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('agreement_parties', (t) => t.text('representatives').notNullable().defaultTo('[]'));
  const rows = (await knex('agreement_parties').whereNotNull('representative_name').select('id', 'representative_name', 'representative_function')) as Single[];
  for (const row of rows) {
    await knex('agreement_parties')
      .where({ id: row.id })
      .update({ representatives: JSON.stringify([{ name: row.representative_name, function: row.representative_function }]) });
  }
  await knex('agreement_parties').update({ representative_name: null, representative_function: null });
}

export async function down(knex: Knex): Promise<void> {
  const rows = (await knex('agreement_parties').whereNot('representatives', '[]').select('id', 'representatives')) as { id: string; representatives: string }[];
  for (const row of rows) {
    const [first] = JSON.parse(row.representatives) as { name: string; function: string | null }[];
    if (first) await knex('agreement_parties').where({ id: row.id }).update({ representative_name: first.name, representative_function: first.function });
  }
  await knex.schema.alterTable('agreement_parties', (t) => t.dropColumn('representatives'));
}
