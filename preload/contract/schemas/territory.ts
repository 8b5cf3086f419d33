/** The territory register (TERYT TERC): inputs of its channels and the shapes it returns. */
import { z } from 'zod';
import * as f from './fields';
import { TERRITORY_KINDS, TERRITORY_LEVEL_KEYS, type TerritoryKind, type TerritoryLevel } from '../vocabulary';

/** What an autocomplete picker sends: a name (or TERYT code) fragment and optional filters. */
export const territorySearchQuery = z.object({
  query: f.text({ error: 'Wpisz nazwę lub kod TERYT jednostki' })
    .trim()
    .min(1, 'Wpisz co najmniej jeden znak nazwy lub kodu TERYT')
    .max(100, 'Szukany tekst może mieć najwyżej 100 znaków'),
  levels: z.array(z.enum(TERRITORY_LEVEL_KEYS, { error: 'Nieznany poziom podziału terytorialnego' })).optional(),
  withinCode: f.text({ error: 'Kod obszaru musi być tekstem' })
    .trim()
    .regex(/^\d{2}(\d{2})?$/, 'Kod obszaru musi mieć 2 cyfry (województwo) lub 4 (powiat)')
    .optional(),
  limit: z
    .number({ error: 'Limit musi być liczbą' })
    .int('Limit musi być liczbą całkowitą')
    .min(1, 'Limit musi wynosić co najmniej 1')
    .max(100, 'Limit może wynosić najwyżej 100')
    .optional(),
  /** Also units a newer TERC no longer lists (e.g. to show an old record's gmina). */
  includeOutOfRegister: z.boolean({ error: 'Pole „poza rejestrem” musi być wartością tak/nie' }).optional(),
});

/** One unit by its TERYT code: 2 digits (voivodeship), 4 (powiat) or 7 (gmina with its type digit). */
export const territoryCode = z.object({
  code: f.text({ error: 'Brak kodu TERYT' })
    .trim()
    .regex(/^\d{2}(\d{2}(\d{3})?)?$/, 'Kod TERYT musi mieć 2, 4 lub 7 cyfr'),
});

export type TerritorySearchQuery = z.output<typeof territorySearchQuery>;
export type TerritoryCode = z.output<typeof territoryCode>;

/** A unit as pickers and lists show it: with its voivodeship and powiat, so same-named gminas differ. */
export interface TerritoryHit {
  code: string;
  level: TerritoryLevel;
  /** Voivodeships in lower case ("śląskie"); powiats as adjectives ("będziński") or, for cities, the city. */
  name: string;
  /** null for voivodeships. */
  kind: TerritoryKind | null;
  voivodeshipCode: string;
  voivodeshipName: string;
  /** null for voivodeships; its own code for a powiat. */
  powiatCode: string | null;
  powiatName: string | null;
  /** false when a newer TERC no longer lists the unit (kept: records refer to it). */
  inRegister: boolean;
}

export interface TerritoryStatus {
  /** STAN_NA of the loaded TERC, YYYY-MM-DD; null before any was loaded. */
  stateDate: string | null;
  voivodeships: number;
  powiats: number;
  gminas: number;
}

export interface TerritoryUpdateResult {
  stateDate: string;
  added: number;
  updated: number;
  leftRegister: number;
}

/** Whether a powiat code (4 digits) is a city with county rights: powiat numbers from 61 up. */
export function isCityCountyCode(powiatCode: string): boolean {
  return Number(powiatCode.slice(2, 4)) >= 61;
}

/**
 * A Polish one-line description of a hit for pickers and lists, e.g.
 * "Bolesławiec – gmina wiejska, powiat bolesławiecki, woj. dolnośląskie".
 */
export function describeTerritoryHit(hit: TerritoryHit): string {
  let text: string;
  if (hit.level === 'voivodeship') {
    text = `województwo ${hit.name}`;
  } else if (hit.level === 'powiat') {
    text = hit.kind === 'city_county' ? `${hit.name} – ${TERRITORY_KINDS.city_county.pl}, woj. ${hit.voivodeshipName}` : `powiat ${hit.name} – woj. ${hit.voivodeshipName}`;
  } else {
    const kind = hit.kind ? TERRITORY_KINDS[hit.kind].pl : 'gmina';
    const powiat = hit.powiatCode && isCityCountyCode(hit.powiatCode) ? TERRITORY_KINDS.city_county.pl : `powiat ${hit.powiatName ?? hit.powiatCode}`;
    text = `${hit.name} – ${kind}, ${powiat}, woj. ${hit.voivodeshipName}`;
  }
  return hit.inRegister ? text : `${text} (poza rejestrem TERYT)`;
}
