/** Channels of subregions: the office's named groups of powiats per voivodeship. */
import { byId, byIdAndVersion, channel } from '../channel';
import { subregionListQuery, subregionSave, type Subregion } from '../schemas/subregions';

export const subregionChannels = {
  /** By voivodeship, then name (Polish order). */
  'subregions.list': channel<Subregion[]>()(subregionListQuery),
  'subregions.get': channel<Subregion>()(byId),
  /** Creates or edits a subregion; a powiat already in another subregion is refused with the other's name. */
  'subregions.save': channel<Subregion>()(subregionSave),
  /** Deletes the grouping only: events, partnerships and the TERYT register are untouched. */
  'subregions.delete': channel<{ id: string }>()(byIdAndVersion),
} as const;
