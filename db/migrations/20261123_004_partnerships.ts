import type { Knex } from 'knex';

/** Common columns of an editable record: stable string id, version for optimistic locking, timestamps. */
function record(t: Knex.CreateTableBuilder): void {
  t.string('id', 100).primary();
  t.integer('version').notNullable().defaultTo(1);
  t.string('created_at', 30).notNullable();
  t.string('updated_at', 30).notNullable();
}

/** A file kept in the app's data folder: the database holds where it is and its checksum, never the bytes. */
function storedFile(t: Knex.CreateTableBuilder, prefix: string): void {
  t.string(`${prefix}_path`, 500);
  t.string(`${prefix}_name`, 255);
  t.string(`${prefix}_sha256`, 64);
}

/**
 * Projects, partnerships (PZK, G-PZK, ZZK) with their membership history, the local basket of services,
 * ZZK cases, agreements with their parties, and the editable templates documents are printed from.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('projects', (t) => {
    record(t);
    t.string('name', 300).notNullable();
    t.string('macroregion', 3); // I | II | III
    t.string('gmina_kind', 12); // urban | rural | urban_rural: the kind of gmina the project serves
    t.string('start_date', 10);
    t.string('end_date', 10);
    t.text('cofinancing_clause');
    storedFile(t, 'logo_color');
    storedFile(t, 'logo_mono'); // without the national colours, for black-and-white prints
    t.text('notes');
  });

  await knex.schema.createTable('project_phases', (t) => {
    t.string('id', 100).primary();
    t.string('project_id', 100).notNullable().references('id').inTable('projects').onDelete('CASCADE');
    t.integer('position').notNullable();
    t.string('name', 200).notNullable();
    t.string('start_date', 10);
    t.string('end_date', 10);
  });

  await knex.schema.createTable('project_indicators', (t) => {
    t.string('id', 100).primary();
    t.string('project_id', 100).notNullable().references('id').inTable('projects').onDelete('CASCADE');
    t.integer('position').notNullable();
    t.string('code', 40).notNullable();
    t.string('name', 300).notNullable();
    t.string('unit', 60).notNullable();
    t.double('target');
  });

  await knex.schema.createTable('indicator_phase_targets', (t) => {
    t.string('indicator_id', 100).notNullable().references('id').inTable('project_indicators').onDelete('CASCADE');
    t.string('phase_id', 100).notNullable().references('id').inTable('project_phases').onDelete('CASCADE');
    t.double('target').notNullable();
    t.primary(['indicator_id', 'phase_id']);
  });

  await knex.schema.createTable('partnerships', (t) => {
    record(t);
    t.string('kind', 8).notNullable(); // pzk | gpzk | zzk
    t.string('name', 300).notNullable();
    t.string('project_id', 100).references('id').inTable('projects').onDelete('RESTRICT');
    t.string('teryt_code', 7).references('code').inTable('territorial_units');
    t.string('leader_institution_id', 100).references('id').inTable('institutions').onDelete('RESTRICT');
    t.string('strategic_partner_institution_id', 100).references('id').inTable('institutions').onDelete('RESTRICT');
    t.string('animator_person_id', 100).references('id').inTable('people').onDelete('SET NULL');
    // A ZZK works under a PZK (or G-PZK).
    t.string('parent_partnership_id', 100).references('id').inTable('partnerships').onDelete('RESTRICT');
    t.string('initiated_on', 10); // first initiating meeting
    t.string('formalised_on', 10);
    t.string('ended_on', 10);
    t.text('notes');
    t.text('search_text').notNullable().defaultTo('');
    t.index(['kind']);
    t.index(['teryt_code']);
  });

  // Membership is history: leaving closes a row, rejoining opens a new one; rows are never overwritten.
  await knex.schema.createTable('partnership_members', (t) => {
    t.string('id', 100).primary();
    t.string('partnership_id', 100).notNullable().references('id').inTable('partnerships').onDelete('CASCADE');
    t.string('institution_id', 100).notNullable().references('id').inTable('institutions').onDelete('RESTRICT');
    t.string('representative_person_id', 100).references('id').inTable('people').onDelete('SET NULL');
    t.string('joined_on', 10).notNullable();
    t.string('left_on', 10);
    t.string('declaration_signed_on', 10); // Deklaracja przystąpienia do PZK
    t.string('created_at', 30).notNullable();
    t.index(['partnership_id']);
    t.index(['institution_id']);
  });

  // The local basket of services (lokalny koszyk usług): what each member offers the partnership.
  await knex.schema.createTable('service_offers', (t) => {
    record(t);
    t.string('partnership_id', 100).notNullable().references('id').inTable('partnerships').onDelete('CASCADE');
    t.string('institution_id', 100).notNullable().references('id').inTable('institutions').onDelete('RESTRICT');
    t.string('service', 300).notNullable();
    t.string('target_group', 300);
    t.string('contact', 300);
    t.text('terms');
    t.index(['partnership_id']);
  });

  // A ZZK's case. Deliberately no client name, PESEL or address: a code, categories, goals and dates.
  await knex.schema.createTable('zzk_cases', (t) => {
    record(t);
    t.string('partnership_id', 100).notNullable().unique().references('id').inTable('partnerships').onDelete('CASCADE');
    t.string('case_code', 40).notNullable();
    t.boolean('has_ipw').notNullable().defaultTo(false); // Indywidualny Program Współpracy (rural model)
    t.string('opened_on', 10);
    t.string('closed_on', 10);
    t.text('outcome');
  });

  await knex.schema.createTable('zzk_case_problems', (t) => {
    t.string('case_id', 100).notNullable().references('id').inTable('zzk_cases').onDelete('CASCADE');
    t.string('category', 40).notNullable();
    t.primary(['case_id', 'category']);
  });

  await knex.schema.createTable('zzk_goals', (t) => {
    t.string('id', 100).primary();
    t.string('case_id', 100).notNullable().references('id').inTable('zzk_cases').onDelete('CASCADE');
    t.integer('position').notNullable();
    t.text('description').notNullable();
    t.string('status', 20).notNullable(); // planned | in_progress | achieved | not_achieved
  });

  await knex.schema.createTable('document_templates', (t) => {
    record(t);
    t.string('kind', 20).notNullable(); // agreement | declaration
    t.string('name', 200).notNullable();
    t.text('body').notNullable(); // Markdown with {{placeholders}}
    t.boolean('is_default').notNullable().defaultTo(false);
  });

  await knex.schema.createTable('agreements', (t) => {
    record(t);
    t.string('number', 100).notNullable();
    t.string('project_id', 100).references('id').inTable('projects').onDelete('RESTRICT');
    // Set when a partnership signs an agreement among its members.
    t.string('partnership_id', 100).references('id').inTable('partnerships').onDelete('RESTRICT');
    t.string('template_id', 100).references('id').inTable('document_templates').onDelete('SET NULL');
    t.text('subject');
    t.string('status', 12).notNullable(); // draft | sent | signed | terminated
    t.string('drafted_on', 10);
    t.string('signed_on', 10);
    t.string('valid_until', 10);
    t.string('terminated_on', 10);
    storedFile(t, 'scan');
    t.text('notes');
    t.text('search_text').notNullable().defaultTo('');
    t.index(['status']);
    t.index(['valid_until']);
  });

  await knex.schema.createTable('agreement_parties', (t) => {
    t.string('id', 100).primary();
    t.string('agreement_id', 100).notNullable().references('id').inTable('agreements').onDelete('CASCADE');
    t.integer('position').notNullable();
    t.string('kind', 12).notNullable(); // voivodeship | gmina | powiat | institution
    t.string('teryt_code', 7).references('code').inTable('territorial_units');
    t.string('institution_id', 100).references('id').inTable('institutions').onDelete('RESTRICT');
    // Acting through (e.g. the voivodeship through its ROPS): an institution of the register.
    t.string('acting_through_institution_id', 100).references('id').inTable('institutions').onDelete('RESTRICT');
    t.string('name', 300).notNullable(); // as printed: "Województwo Śląskie", "Gmina Miasto Sosnowiec"
    t.string('address', 300);
    t.string('nip', 10);
    t.string('regon', 14);
    t.string('representative_name', 200);
    t.string('representative_function', 200);
    t.index(['agreement_id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  for (const table of [
    'agreement_parties', 'agreements', 'document_templates', 'zzk_goals', 'zzk_case_problems', 'zzk_cases',
    'service_offers', 'partnership_members', 'partnerships', 'indicator_phase_targets', 'project_indicators', 'project_phases', 'projects',
  ]) {
    await knex.schema.dropTable(table);
  }
}
