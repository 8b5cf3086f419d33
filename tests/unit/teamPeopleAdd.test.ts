/** Adding people to a team with nothing picked says, next to each field, what to pick – not a technical "no id". */
import { describe, expect, it } from 'vitest';
import { teamPeopleAdd } from '../../preload/contract/schemas/partnerships';

describe('teamPeopleAdd', () => {
  it('asks to pick the member institution and each person from the list', () => {
    const result = teamPeopleAdd.safeParse({ partnershipId: 'p1', memberId: '', fromOn: '2026-12-07', people: [{ personId: '', role: 'member' }] });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries(result.error!.issues.map((issue) => [issue.path.join('.'), issue.message]));
    expect(messages).toEqual({ memberId: 'Wybierz instytucję członkowską z listy', 'people.0.personId': 'Wybierz osobę z listy' });
  });

  it('accepts a member institution with a person and a role', () => {
    expect(teamPeopleAdd.safeParse({ partnershipId: 'p1', memberId: 'm1', fromOn: '2026-12-07', people: [{ personId: 'x', role: 'member' }] }).success).toBe(true);
  });
});
