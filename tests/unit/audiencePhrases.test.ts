/**
 * The Polish of audiences and subregions in summaries (issue 23, part A): seed 001's "5 spotkań konsultacyjnych,
 * w tym 1 dla kadry kierowniczej i 4 dla pracowników OPS" and "8 szkoleń w 4 subregionach województwa śląskiego",
 * right for any number (1 spotkanie, 2 spotkania, 5 spotkań, 12, 22…).
 */
import { describe, expect, it } from 'vitest';
import { EVENT_AUDIENCE_KEYS, EVENT_AUDIENCES } from '../../preload/contract';
import { audiencesPhrase, eventsHeldPhrase, forWhomPhrase, subregionsPhrase, voivodeshipGenitive } from '../../main/services/reports/phrases';
import { eventItem } from '../../main/services/reports/narrative';

const plain = (text: string) => text.replace(/\u00a0/g, ' ');
const figures = (count: number) => ({ count, hours: { clock: 0, didactic: 0 }, clockEquivalent: 0, participants: 0, unnamed: 0, attendances: 0 });

describe('audiences in the summary', () => {
  it('writes seed 001’s sentence', () => {
    const split = { byAudience: { management: 1, social_workers: 4 }, groups: [{ audiences: ['social_workers' as const], count: 4 }, { audiences: ['management' as const], count: 1 }], without: 0 };
    expect(eventItem('consultation', figures(5), 'exact', split)).toBe('zorganizowano 5 spotkań konsultacyjnych, w tym 1 dla kadry kierowniczej i 4 dla pracowników OPS');
  });

  it('agrees the counted noun for 1, 2, 5, 12 and 22 and leaves the bare numbers after "w tym"', () => {
    const cases: [number, string][] = [
      [1, 'zorganizowano 1 spotkanie konsultacyjne dla mieszkańców'],
      [2, 'zorganizowano 2 spotkania konsultacyjne dla mieszkańców'],
      [5, 'zorganizowano 5 spotkań konsultacyjnych dla mieszkańców'],
      [12, 'zorganizowano 12 spotkań konsultacyjnych dla mieszkańców'],
      [22, 'zorganizowano 22 spotkania konsultacyjne dla mieszkańców'],
    ];
    for (const [n, sentence] of cases) expect(`${eventsHeldPhrase('consultation', n)}${audiencesPhrase(n, [{ audiences: ['residents'], count: n }])}`).toBe(sentence);
    expect(`${eventsHeldPhrase('pzk_meeting', 3)}${audiencesPhrase(3, [{ audiences: ['team_members'], count: 2 }])}`).toBe('odbyły się 3 spotkania PZK, w tym 2 dla członków PZK/ZZK');
    expect(`${eventsHeldPhrase('conference', 1)}${audiencesPhrase(1, [{ audiences: ['jst_representatives', 'experts'], count: 1 }])}`).toBe('zorganizowano 1 konferencję dla przedstawicieli JST i ekspertów');
  });

  it('names several groups in the vocabulary’s order, a group for several audiences with "oraz"', () => {
    expect(
      audiencesPhrase(7, [
        { audiences: ['residents'], count: 1 },
        { audiences: ['management', 'social_workers'], count: 2 },
        { audiences: ['management'], count: 3 },
      ]),
    ).toBe(', w tym 3 dla kadry kierowniczej, 2 dla kadry kierowniczej oraz pracowników OPS i 1 dla mieszkańców');
    expect(audiencesPhrase(4, [])).toBe('');
    expect(forWhomPhrase(['residents', 'management', 'experts'])).toBe('kadry kierowniczej, ekspertów i mieszkańców');
  });

  it('has a genitive after "dla" for every audience of the vocabulary', () => {
    for (const code of EVENT_AUDIENCE_KEYS) expect(forWhomPhrase([code])).toBe(EVENT_AUDIENCES[code].forWhom);
  });
});

describe('subregions in the summary', () => {
  it('writes "w 4 subregionach województwa śląskiego", any number from 2 on, nothing for fewer', () => {
    expect(subregionsPhrase(4, 'śląskie')).toBe(' w 4 subregionach województwa śląskiego');
    expect(subregionsPhrase(2, 'łódzkie')).toBe(' w 2 subregionach województwa łódzkiego');
    expect(subregionsPhrase(12, null)).toBe(' w 12 subregionach');
    expect(subregionsPhrase(1, 'śląskie')).toBe('');
    expect(voivodeshipGenitive('kujawsko-pomorskie')).toBe('kujawsko-pomorskiego');
    const hours = { count: 8, hours: { clock: 0, didactic: 168 }, clockEquivalent: 126, participants: 0, unnamed: 0, attendances: 0 };
    expect(plain(eventItem('training', hours, 'exact', undefined, { subregions: 4, placed: 8, voivodeshipCode: '24', voivodeshipName: 'śląskie' }))).toBe(
      'zorganizowano 8 szkoleń w 4 subregionach województwa śląskiego (łącznie 168 godzin dydaktycznych)',
    );
    // Some of the trainings outside every subregion: the place is not claimed.
    expect(eventItem('training', hours, 'exact', undefined, { subregions: 3, placed: 6, voivodeshipCode: '24', voivodeshipName: 'śląskie' })).not.toContain('subregion');
  });
});
