/** Handlers of the agreements' channels. */
import type { agreementChannels } from '../../../preload/contract/domains/agreements';
import type { HandlersOf } from '../handlerTypes';
import { attachAgreementScan, deleteAgreement, getAgreement, getAgreementScan, listAgreements, saveAgreement, suggestAgreementParties } from '.';
import { printAgreement } from './print';

export const agreementHandlers: HandlersOf<typeof agreementChannels> = {
  'agreements.list': (ctx, query) => listAgreements(ctx.db, query),
  'agreements.get': (ctx, { id }) => getAgreement(ctx.db, id),
  'agreements.save': (ctx, input) => saveAgreement(ctx.db, input),
  'agreements.delete': (ctx, { id, version }) => deleteAgreement(ctx.db, id, version),
  'agreements.suggestParties': (ctx, query) => suggestAgreementParties(ctx.db, query),
  'agreements.attachScan': (ctx, input) => attachAgreementScan(ctx.db, ctx.filesDir, input),
  'agreements.getScan': (ctx, input) => getAgreementScan(ctx.db, ctx.filesDir, input),
  'agreements.print': (ctx, input) => printAgreement(ctx, input),
};
