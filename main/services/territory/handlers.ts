/** Handlers of the TERYT register's channels. */
import type { territoryChannels } from '../../../preload/contract/domains/territory';
import { fileBytes } from '../files';
import type { HandlersOf } from '../handlerTypes';
import { decodeText } from '../tabular';
import { getTerritorialUnit, searchTerritory, territoryStatus, updateTerritoryFromTerc } from '.';

export const territoryHandlers: HandlersOf<typeof territoryChannels> = {
  'territory.search': (ctx, query) => searchTerritory(ctx.db, query),
  'territory.get': (ctx, { code }) => getTerritorialUnit(ctx.db, code),
  'territory.status': (ctx) => territoryStatus(ctx.db),
  'territory.update': (ctx, file) => updateTerritoryFromTerc(ctx.db, decodeText(fileBytes(file)).text),
};
