/** Handlers of the people's channels. */
import type { peopleChannels } from '../../../preload/contract/domains/people';
import type { HandlersOf } from '../handlerTypes';
import { deletePerson, findPersonDuplicates, getPerson, listPeople, listPeoplePage, savePerson } from '.';
import { exportPeople } from './export';
import { personHistory } from './history';

export const peopleHandlers: HandlersOf<typeof peopleChannels> = {
  'people.list': (ctx, query) => listPeople(ctx.db, query),
  'people.page': (ctx, query) => listPeoplePage(ctx.db, query),
  'people.get': (ctx, { id }) => getPerson(ctx.db, id),
  'people.save': (ctx, input) => savePerson(ctx.db, input),
  'people.delete': (ctx, { id, version }) => deletePerson(ctx.db, id, version),
  'people.duplicates': (ctx, draft) => findPersonDuplicates(ctx.db, draft),
  'people.export': (ctx, query) => exportPeople(ctx.db, query),
  'people.history': (ctx, { id }) => personHistory(ctx.db, id),
};
