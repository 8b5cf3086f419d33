import type { Knex } from 'knex';

/**
 * Territory from the TERYT register (TERC list of GUS): voivodeships, powiats, gminas.
 * Codes are the official ones: 2 digits (voivodeship), 4 (powiat), 7 (gmina, with its type digit).
 * Units are never deleted: a newer TERC that no longer lists one marks it out of the register,
 * so records that refer to it keep their meaning.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('territorial_units', (t) => {
    t.string('code', 7).primary();
    t.string('level', 12).notNullable(); // voivodeship | powiat | gmina
    t.string('name', 100).notNullable();
    // powiat: land_county | city_county; gmina: urban | rural | urban_rural
    t.string('kind', 12);
    t.string('voivodeship_code', 2).notNullable();
    t.string('powiat_code', 4);
    t.text('search_text').notNullable();
    t.boolean('in_register').notNullable().defaultTo(true);
    t.string('state_date', 10).notNullable();
    t.index(['level', 'voivodeship_code']);
    t.index(['powiat_code']);
  });

  // Small facts about this installation (state date of the TERYT data, later the office's own settings).
  await knex.schema.createTable('settings', (t) => {
    t.string('key', 100).primary();
    t.text('value').notNullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('settings');
  await knex.schema.dropTable('territorial_units');
}
