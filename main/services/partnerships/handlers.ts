/** Handlers of the partnerships' channels (PZK, G-PZK, ZZK). */
import type { partnershipChannels } from '../../../preload/contract/domains/partnerships';
import {
  deleteOffer,
  deletePartnership,
  getPartnership,
  joinPartnership,
  joinPartnershipMany,
  leavePartnership,
  listPartnerships,
  partnershipsOfInstitution,
  saveOffer,
  savePartnership,
  updateMember,
  addTeamPeople,
  endTeamPerson,
} from '.';
import { printBasket, printDeclaration } from './print';
import type { HandlersOf } from '../handlerTypes';

export const partnershipHandlers: HandlersOf<typeof partnershipChannels> = {
  'partnerships.list': (ctx, query) => listPartnerships(ctx.db, query),
  'partnerships.get': (ctx, { id }) => getPartnership(ctx.db, id),
  'partnerships.save': (ctx, input) => savePartnership(ctx.db, input),
  'partnerships.delete': (ctx, { id, version }) => deletePartnership(ctx.db, id, version),
  'partnerships.join': (ctx, input) => joinPartnership(ctx.db, input),
  'partnerships.joinMany': (ctx, input) => joinPartnershipMany(ctx.db, input),
  'partnerships.leave': (ctx, input) => leavePartnership(ctx.db, input),
  'partnerships.updateMember': (ctx, input) => updateMember(ctx.db, input),
  'partnerships.addTeamPeople': (ctx, input) => addTeamPeople(ctx.db, input),
  'partnerships.endTeamPerson': (ctx, input) => endTeamPerson(ctx.db, input),
  'partnerships.saveOffer': (ctx, input) => saveOffer(ctx.db, input),
  'partnerships.deleteOffer': (ctx, { id, version }) => deleteOffer(ctx.db, id, version),
  'partnerships.forInstitution': (ctx, { institutionId }) => partnershipsOfInstitution(ctx.db, institutionId),
  'partnerships.printDeclaration': (ctx, input) => printDeclaration(ctx, input),
  'partnerships.printBasket': (ctx, input) => printBasket(ctx, input),
};
