/** Channels of the bodies of the model: PZK, G-PZK and ZZK, their membership history, basket of services and cases. */
import { byId, byIdAndVersion, channel } from '../channel';
import type { ExportedFile } from '../schemas/fields';
import {
  basketPrint,
  declarationPrint,
  partnershipJoin,
  partnershipJoinMany,
  partnershipLeave,
  partnershipListQuery,
  partnershipMemberUpdate,
  partnershipSave,
  partnershipsForInstitution,
  serviceOfferSave,
  teamPeopleAdd,
  teamPersonEnd,
  type InstitutionPartnership,
  type PartnershipDetail,
  type PartnershipMember,
  type PartnershipSummary,
  type ServiceOffer,
  type TeamPerson,
} from '../schemas/partnerships';

export const partnershipChannels = {
  'partnerships.list': channel<PartnershipSummary[]>()(partnershipListQuery),
  /** The partnership with its whole membership history, basket of services, ZZKs (PZK) or case (ZZK). */
  'partnerships.get': channel<PartnershipDetail>()(byId),
  /** Creates or edits a partnership; a ZZK together with its case, in one transaction. */
  'partnerships.save': channel<PartnershipDetail>()(partnershipSave),
  /** Refused while it has membership history, agreements or ZZKs. */
  'partnerships.delete': channel<{ id: string }>()(byIdAndVersion),

  /** Opens a membership row; refused when the institution is a member already. */
  'partnerships.join': channel<PartnershipMember>()(partnershipJoin),
  /** Several institutions at once (forming a PZK), all or nothing. */
  'partnerships.joinMany': channel<PartnershipMember[]>()(partnershipJoinMany),
  /** Closes the open membership row; the row stays as history. */
  'partnerships.leave': channel<PartnershipMember>()(partnershipLeave),
  /** Representative and declaration date of a current membership row. */
  'partnerships.updateMember': channel<PartnershipMember>()(partnershipMemberUpdate),

  /** People of one member institution join the team, each in a role (all or none). */
  'partnerships.addTeamPeople': channel<TeamPerson[]>()(teamPeopleAdd),
  /** A person leaves the team: the row is closed, kept as history. */
  'partnerships.endTeamPerson': channel<TeamPerson>()(teamPersonEnd),

  /** An offer of the local basket of services, from an institution that is or was a member. */
  'partnerships.saveOffer': channel<ServiceOffer>()(serviceOfferSave),
  'partnerships.deleteOffer': channel<{ id: string }>()(byIdAndVersion),

  /** Partnerships where the institution is leader, strategic partner or a (current or past) member. */
  'partnerships.forInstitution': channel<InstitutionPartnership[]>()(partnershipsForInstitution),
  /** A member's declaration of joining, filled into its template. */
  'partnerships.printDeclaration': channel<ExportedFile>()(declarationPrint),
  /** The basket of services offered in the partnership. */
  'partnerships.printBasket': channel<ExportedFile>()(basketPrint),
} as const;
