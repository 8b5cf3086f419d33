/**
 * The bodies of the model – PZK, G-PZK, ZZK – with their membership history, local basket of services and
 * ZZK cases. Plain functions over knex, no Electron.
 */
export { getPartnership, listPartnerships, partnershipsOfInstitution } from './read';
export { deletePartnership, savePartnership } from './write';
export { addMissingFoundingMembers, joinPartnership, joinPartnershipMany, leavePartnership, updateMember } from './members';
export { deleteOffer, saveOffer } from './offers';
export { addTeamPeople, compositionOf, endTeamPerson, teamOf } from './team';
export { meetingRhythms, recentPeriod, rhythmOf } from './rhythm';
