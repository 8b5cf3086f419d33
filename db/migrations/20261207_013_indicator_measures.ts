import type { Knex } from 'knex';

/**
 * An indicator says what it counts (`measure`, JSON of the contract's `IndicatorMeasure`), instead of the reports
 * and the dashboard each guessing it from words in its code and name. Values entered by hand per period, with a
 * note, go to `indicator_values` (for measures the register does not hold).
 *
 * Existing indicators get an explicit measure here where the old guess was unambiguous (see `guessMeasure`, a frozen
 * copy of that guess: a migration never follows later code), otherwise "entered by hand". `measure_origin` tells the
 * user which ('guessed' or 'unknown'); saving the indicator in the project form clears it.
 */
type Measure = Record<string, unknown>;

function fold(text: string): string {
  return text
    .toLocaleLowerCase('pl')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l');
}

const EVENT_KEYWORDS: [RegExp, string][] = [
  [/warsztat/, 'workshop'],
  [/coach/, 'coaching'],
  [/superwiz/, 'supervision'],
  [/szkolen|szkol[aey] kooperacji/, 'training'],
  [/konferencj/, 'conference'],
  [/konsultac/, 'consultation'],
  [/fokus|focus/, 'focus_group'],
  [/wizyt|wymian/, 'study_visit'],
  [/zespol\w* ds\.? ?modelu|ekspert/, 'expert_team_meeting'],
  [/edukacyjn|dialog/, 'education_meeting'],
  [/inicjuj/, 'pzk_initiating_meeting'],
];

/** The old guess where it can be read one way only; null where it could not (then: entered by hand). */
export function guessMeasure(code: string, name: string, unit: string): Measure | null {
  const text = fold(`${code} ${name} ${unit}`);
  const types = EVENT_KEYWORDS.filter(([pattern]) => pattern.test(text)).map(([, type]) => type);
  const meeting = /spotkan|posiedzen/.test(text);
  const gpzk = /g-?pzk|gminno-powiatow/.test(text);
  const zzk = /zzk|zadaniow/.test(text);
  const pzk = /pzk|partnersk\w* zesp/.test(text);
  if (types.length > 1) return null;
  if (types.length === 0 && meeting && (zzk || pzk || gpzk)) {
    if (zzk && (pzk || gpzk)) return null;
    types.push(zzk ? 'zzk_meeting' : 'pzk_meeting');
  }
  if (types.length === 1) {
    const type = types[0]!;
    const hours = /godz|\bh\b/.test(text);
    const people = /osob|os\.|uczestnik|pracownik/.test(text);
    if (hours) {
      const individual = /indywidual/.test(text);
      const group = /grupow/.test(text);
      const session = type === 'coaching' || type === 'supervision';
      return {
        kind: 'hours',
        eventTypes: [type],
        hourUnit: /dydakty/.test(text) ? 'didactic' : 'clock_equivalent',
        mode: session && individual !== group ? (individual ? 'individual' : 'group') : null,
      };
    }
    if (people) return { kind: 'people', eventTypes: [type], roles: [] };
    return { kind: 'events', eventTypes: [type] };
  }
  // "G-PZK" also contains "PZK": a G-PZK indicator is about G-PZK only; a ZZK beside either is two kinds.
  if (zzk && (pzk || gpzk)) return null;
  const kind = gpzk ? 'gpzk' : zzk ? 'zzk' : pzk ? 'pzk' : null;
  if (kind) return { kind: 'partnerships', partnershipKinds: [kind], state: /dzialaj|aktywn/.test(text) ? 'active' : 'formed' };
  // "Porozumienia z JST" may count the agreements or the gminas and powiats that signed them: not guessed.
  if (/porozumie/.test(text) && !/gmin|powiat|jst|samorzad/.test(text)) return { kind: 'agreements' };
  return null;
}

export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('project_indicators', (t) => {
    t.text('measure');
    t.string('measure_origin', 10);
  });
  await knex.schema.createTable('indicator_values', (t) => {
    t.string('id', 100).primary();
    t.string('indicator_id', 100).notNullable().references('id').inTable('project_indicators').onDelete('CASCADE');
    t.integer('position').notNullable();
    t.string('period_from', 10).notNullable();
    t.string('period_to', 10).notNullable();
    t.double('value').notNullable();
    t.text('note');
    t.index(['indicator_id']);
  });
  const rows = (await knex('project_indicators').select('id', 'code', 'name', 'unit')) as { id: string; code: string; name: string; unit: string }[];
  for (const row of rows) {
    const guess = guessMeasure(row.code, row.name, row.unit);
    await knex('project_indicators')
      .where({ id: row.id })
      .update({ measure: JSON.stringify(guess ?? { kind: 'manual' }), measure_origin: guess ? 'guessed' : 'unknown' });
  }
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('indicator_values');
  await knex.schema.alterTable('project_indicators', (t) => {
    t.dropColumn('measure_origin');
    t.dropColumn('measure');
  });
}
