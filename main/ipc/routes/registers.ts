/** Handlers of the registers' channels. */
import type { registerChannels } from '../../../preload/contract/domains/registers';
import { appInfo } from '../../services/appInfo';
import { deleteInstitution, findInstitutionDuplicates, getInstitution, listInstitutions, saveInstitution } from '../../services/institutions';
import { exportInstitutions, exportPeople } from '../../services/exports';
import { fileBytes } from '../../services/files';
import { commitImport, previewImport } from '../../services/imports';
import { decodeText } from '../../services/tabular';
import { getTerritorialUnit, searchTerritory, territoryStatus, updateTerritoryFromTerc } from '../../services/territory';
import { deletePerson, findPersonDuplicates, getPerson, listPeople, listPeoplePage, savePerson } from '../../services/people';

import type { HandlersOf } from '../handlerTypes';

export const registerHandlers: HandlersOf<typeof registerChannels> = {
  'app.info': (ctx) => appInfo(ctx),
  'territory.search': (ctx, query) => searchTerritory(ctx.db, query),
  'territory.get': (ctx, { code }) => getTerritorialUnit(ctx.db, code),
  'territory.status': (ctx) => territoryStatus(ctx.db),
  'territory.update': (ctx, file) => updateTerritoryFromTerc(ctx.db, decodeText(fileBytes(file)).text),
  'institutions.list': (ctx, query) => listInstitutions(ctx.db, query),
  'institutions.get': (ctx, { id }) => getInstitution(ctx.db, id),
  'institutions.save': (ctx, input) => saveInstitution(ctx.db, input),
  'institutions.delete': (ctx, { id, version }) => deleteInstitution(ctx.db, id, version),
  'institutions.duplicates': (ctx, draft) => findInstitutionDuplicates(ctx.db, draft),
  'institutions.export': (ctx, query) => exportInstitutions(ctx.db, query),
  'people.list': (ctx, query) => listPeople(ctx.db, query),
  'people.page': (ctx, query) => listPeoplePage(ctx.db, query),
  'people.get': (ctx, { id }) => getPerson(ctx.db, id),
  'people.save': (ctx, input) => savePerson(ctx.db, input),
  'people.delete': (ctx, { id, version }) => deletePerson(ctx.db, id, version),
  'people.duplicates': (ctx, draft) => findPersonDuplicates(ctx.db, draft),
  'people.export': (ctx, query) => exportPeople(ctx.db, query),
  'import.preview': (ctx, request) => previewImport(ctx.db, request),
  'import.commit': (ctx, request) => commitImport(ctx, request),
};
