import type { Knex } from 'knex';

/**
 * The people of a team and its meeting rhythm.
 *  - `partnership_team_people`: a person named by a member institution with a role in the team (lider, koordynator,
 *    animator gminny, animator powiatowy, doradca, członek), from a day and, once they leave, to a day. Leaving closes
 *    the row; a later return opens a new one, so the rows are the team's history. A row belongs to the membership
 *    row of the person's institution (`member_id`), so a team person always comes from a member institution.
 *  - `partnerships.meetings_per_month_target`: how many meetings a month the team plans (seed 003: "średnio dwa
 *    razy w miesiącu").
 * Until now the only people of a team were each member's representative and the partnership's animator: they
 * become the first rows of the team (representative → członek for the time of the membership; the animator → animator
 * gminny while the animator's institution is a member), so the team's people are read from one table.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('partnership_team_people', (t) => {
    t.string('id', 100).primary();
    t.integer('version').notNullable().defaultTo(1);
    t.string('partnership_id', 100).notNullable().references('id').inTable('partnerships').onDelete('RESTRICT');
    t.string('member_id', 100).notNullable().references('id').inTable('partnership_members').onDelete('RESTRICT');
    t.string('person_id', 100).notNullable().references('id').inTable('people').onDelete('RESTRICT');
    t.string('role', 24).notNullable();
    t.string('from_on', 10).notNullable();
    t.string('to_on', 10);
    t.string('created_at', 30).notNullable();
    t.string('updated_at', 30).notNullable();
    t.index(['partnership_id']);
    t.index(['person_id']);
  });
  await knex.schema.alterTable('partnerships', (t) => {
    t.double('meetings_per_month_target');
  });

  const now = new Date().toISOString();
  const representatives: { id: string; partnership_id: string; representative_person_id: string; joined_on: string; left_on: string | null }[] = await knex('partnership_members')
    .whereNotNull('representative_person_id')
    .select('id', 'partnership_id', 'representative_person_id', 'joined_on', 'left_on');
  const rows: Record<string, unknown>[] = representatives.map((m) => ({
    id: `team-${m.id}`,
    version: 1,
    partnership_id: m.partnership_id,
    member_id: m.id,
    person_id: m.representative_person_id,
    role: 'member',
    from_on: m.joined_on,
    to_on: m.left_on,
    created_at: now,
    updated_at: now,
  }));
  const animators: { id: string; person_id: string; member_id: string; joined_on: string; left_on: string | null }[] = await knex('partnerships as p')
    .join('people as a', 'a.id', 'p.animator_person_id')
    .join('partnership_members as m', (j) => j.on('m.partnership_id', 'p.id').andOn('m.institution_id', 'a.institution_id'))
    .select('p.id', { person_id: 'a.id', member_id: 'm.id', joined_on: 'm.joined_on', left_on: 'm.left_on' });
  for (const a of animators) {
    // An animator who also represents the institution is one person in one role: the animator's.
    const same = rows.find((row) => row.member_id === a.member_id && row.person_id === a.person_id);
    if (same) {
      same.role = 'gmina_animator';
      continue;
    }
    rows.push({ id: `team-${a.member_id}-animator`, version: 1, partnership_id: a.id, member_id: a.member_id, person_id: a.person_id, role: 'gmina_animator', from_on: a.joined_on, to_on: a.left_on, created_at: now, updated_at: now });
  }
  for (let i = 0; i < rows.length; i += 100) await knex('partnership_team_people').insert(rows.slice(i, i + 100));
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('partnerships', (t) => {
    t.dropColumn('meetings_per_month_target');
  });
  await knex.schema.dropTable('partnership_team_people');
}
