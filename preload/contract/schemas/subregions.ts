/**
 * Subregions: named groups of powiats of one voivodeship, defined by the office ("subregion centralny" of śląskie);
 * a powiat is in at most one subregion. Summaries and lists filter and group by them ("8 szkoleń w 4 subregionach
 * województwa śląskiego").
 */
import { z } from 'zod';
import * as f from './fields';

const voivodeshipCode = f.text({ error: 'Wybierz województwo' }).trim().regex(/^\d{2}$/, 'Wybierz województwo z listy');
const powiatCode = f.text({ error: 'Wybierz powiat z listy' }).trim().regex(/^\d{4}$/, 'Wybierz powiat z listy');

export const subregionDraft = z.object({
  name: f.requiredText('Nazwa subregionu', 200),
  voivodeshipCode,
  /** Powiats (4-digit TERYT codes) of the voivodeship; each once. */
  powiatCodes: z
    .array(powiatCode, { error: 'Podaj listę powiatów' })
    .min(1, 'Wybierz co najmniej jeden powiat subregionu')
    .max(100, 'Subregion może liczyć najwyżej 100 powiatów')
    .transform((codes) => [...new Set(codes)].sort()),
  notes: f.optionalText('Uwagi', 2000),
});

export const subregionSave = f.withIdentity(subregionDraft);

export const subregionListQuery = z
  .object({
    /** Only the subregions of this voivodeship. */
    voivodeshipCode: voivodeshipCode.optional(),
  })
  .default({});

export type SubregionDraft = z.input<typeof subregionDraft>;
export type SubregionSave = z.output<typeof subregionSave>;
export type SubregionListQuery = z.output<typeof subregionListQuery>;

export interface SubregionPowiat {
  code: string;
  /** As lists name it: "powiat będziński", or a city with county rights by its name ("Sosnowiec"). */
  label: string;
}

export interface Subregion {
  id: string;
  version: number;
  name: string;
  voivodeshipCode: string;
  voivodeshipName: string | null;
  powiats: SubregionPowiat[];
  notes: string | null;
}
