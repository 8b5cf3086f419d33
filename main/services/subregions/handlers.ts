/** Handlers of the subregions' channels. */
import type { subregionChannels } from '../../../preload/contract/domains/subregions';
import type { HandlersOf } from '../handlerTypes';
import { deleteSubregion, getSubregion, listSubregions, saveSubregion } from '.';

export const subregionHandlers: HandlersOf<typeof subregionChannels> = {
  'subregions.list': (ctx, query) => listSubregions(ctx.db, query),
  'subregions.get': (ctx, { id }) => getSubregion(ctx.db, id),
  'subregions.save': (ctx, input) => saveSubregion(ctx.db, input),
  'subregions.delete': (ctx, { id, version }) => deleteSubregion(ctx.db, id, version),
};
