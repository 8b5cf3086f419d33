/** Handlers of the agreements' and the document templates' channels. */
import type { agreementChannels } from '../../../preload/contract/domains/agreements';
import type { templateChannels } from '../../../preload/contract/domains/templates';
import {
  attachAgreementScan,
  deleteAgreement,
  getAgreement,
  getAgreementScan,
  listAgreements,
  saveAgreement,
  suggestAgreementParties,
} from '../../services/agreements';
import { deleteTemplate, getTemplate, listTemplates, saveTemplate, setDefaultTemplate } from '../../services/templates';
import type { HandlersOf } from '../handlerTypes';

export const agreementHandlers: HandlersOf<typeof agreementChannels> = {
  'agreements.list': (ctx, query) => listAgreements(ctx.db, query),
  'agreements.get': (ctx, { id }) => getAgreement(ctx.db, id),
  'agreements.save': (ctx, input) => saveAgreement(ctx.db, input),
  'agreements.delete': (ctx, { id, version }) => deleteAgreement(ctx.db, id, version),
  'agreements.suggestParties': (ctx, query) => suggestAgreementParties(ctx.db, query),
  'agreements.attachScan': (ctx, input) => attachAgreementScan(ctx.db, ctx.filesDir, input),
  'agreements.getScan': (ctx, input) => getAgreementScan(ctx.db, ctx.filesDir, input),
};

export const templateHandlers: HandlersOf<typeof templateChannels> = {
  'templates.list': (ctx, query) => listTemplates(ctx.db, query),
  'templates.get': (ctx, { id }) => getTemplate(ctx.db, id),
  'templates.save': (ctx, input) => saveTemplate(ctx.db, input),
  'templates.delete': (ctx, { id, version }) => deleteTemplate(ctx.db, id, version),
  'templates.setDefault': (ctx, { id }) => setDefaultTemplate(ctx.db, id),
};
