/** Channels of the TERYT register of territorial units (voivodeships, powiats, gminas). */
import { channel, none } from '../channel';
import * as f from '../schemas/fields';
import { territoryCode, territorySearchQuery, type TerritoryHit, type TerritoryStatus, type TerritoryUpdateResult } from '../schemas/territory';

export const territoryChannels = {
  'territory.search': channel<TerritoryHit[]>()(territorySearchQuery),
  'territory.get': channel<TerritoryHit>()(territoryCode),
  'territory.status': channel<TerritoryStatus>()(none),
  /** Replaces the register with a newer TERC file of GUS chosen by the user (UTF-8 or Windows-1250). */
  'territory.update': channel<TerritoryUpdateResult>()(f.fileUpload),
} as const;
