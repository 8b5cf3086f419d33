/**
 * The global search (Ctrl+K): one query over institutions, people, partnerships, events and agreements, on their
 * folded `search_text` columns and the names of their gmina and powiat, so "osrodek lodz" finds "Ośrodek … Łódź" and
 * "zory" the PZK "w Żorach". Every word must occur, matched as every list's search matches it (../searchText).
 */
import type { Knex } from 'knex';
import { comparePolish, PARTNERSHIP_KINDS, type GlobalSearchResult, type PartnershipKind, type SearchGroup, type SearchHit } from '../../../preload/contract';
import { SEARCH_PLACES, searchWords, whereSearchMatches } from '../searchText';

export const DEFAULT_HITS_PER_KIND = 5;

const joined = (...parts: (string | null | undefined)[]) => parts.filter(Boolean).join(' · ') || null;

type Finder = (db: Knex, search: string, limit: number) => Promise<SearchHit[]>;

const findInstitutions: Finder = async (db, search, limit) => {
  const q = db('institutions as i').leftJoin('territorial_units as t', 't.code', 'i.teryt_code');
  whereSearchMatches(q, 'i.search_text', search, SEARCH_PLACES.institution('i'));
  const rows = (await q.orderBy('i.name').limit(limit).select('i.id', 'i.name', 'i.short_name', 'i.city', 't.name as territory_name')) as {
    id: string;
    name: string;
    short_name: string | null;
    city: string | null;
    territory_name: string | null;
  }[];
  return rows
    .sort((a, b) => comparePolish(a.name, b.name))
    .map((row) => ({ kind: 'institution', id: row.id, title: row.name, detail: joined(row.short_name, row.city ?? row.territory_name), date: null }));
};

const findPeople: Finder = async (db, search, limit) => {
  const q = db('people as p').leftJoin('institutions as i', 'i.id', 'p.institution_id');
  whereSearchMatches(q, 'p.search_text', search);
  const rows = (await q.orderBy('p.last_name').orderBy('p.first_name').limit(limit).select('p.id', 'p.first_name', 'p.last_name', 'p.position', 'i.name as institution_name')) as {
    id: string;
    first_name: string;
    last_name: string;
    position: string | null;
    institution_name: string | null;
  }[];
  return rows
    .sort((a, b) => comparePolish(a.last_name, b.last_name) || comparePolish(a.first_name, b.first_name))
    .map((row) => ({ kind: 'person', id: row.id, title: `${row.first_name} ${row.last_name}`, detail: joined(row.position, row.institution_name), date: null }));
};

const findPartnerships: Finder = async (db, search, limit) => {
  const q = db('partnerships as p').leftJoin('territorial_units as t', 't.code', 'p.teryt_code');
  whereSearchMatches(q, 'p.search_text', search, SEARCH_PLACES.partnership('p'));
  const rows = (await q.orderBy('p.name').limit(limit).select('p.id', 'p.kind', 'p.name', 't.name as territory_name', 'p.formalised_on')) as {
    id: string;
    kind: PartnershipKind;
    name: string;
    territory_name: string | null;
    formalised_on: string | null;
  }[];
  return rows
    .sort((a, b) => comparePolish(a.name, b.name))
    .map((row) => ({ kind: 'partnership', id: row.id, title: row.name, detail: joined(PARTNERSHIP_KINDS[row.kind]?.short, row.territory_name), date: row.formalised_on }));
};

const findEvents: Finder = async (db, search, limit) => {
  const q = db('events as e');
  whereSearchMatches(q, 'e.search_text', search, SEARCH_PLACES.event('e'));
  const rows = (await q.orderBy('e.starts_at', 'desc').limit(limit).select('e.id', 'e.title', 'e.place', 'e.starts_at')) as { id: string; title: string; place: string | null; starts_at: string }[];
  return rows.map((row) => ({ kind: 'event', id: row.id, title: row.title, detail: row.place, date: row.starts_at }));
};

const findAgreements: Finder = async (db, search, limit) => {
  const q = db('agreements as a');
  whereSearchMatches(q, 'a.search_text', search, SEARCH_PLACES.agreement('a'));
  const rows = (await q.orderBy('a.updated_at', 'desc').limit(limit).select('a.id', 'a.number', 'a.signed_on')) as { id: string; number: string; signed_on: string | null }[];
  const parties = rows.length
    ? ((await db('agreement_parties')
        .whereIn(
          'agreement_id',
          rows.map((row) => row.id),
        )
        .orderBy('position')
        .select('agreement_id', 'name')) as { agreement_id: string; name: string }[])
    : [];
  return rows.map((row) => ({
    kind: 'agreement',
    id: row.id,
    title: row.number,
    detail: joined(...parties.filter((party) => party.agreement_id === row.id).map((party) => party.name)),
    date: row.signed_on,
  }));
};

/** In the order the results are shown. */
const FINDERS: Finder[] = [findInstitutions, findPeople, findPartnerships, findEvents, findAgreements];

export async function globalSearch(db: Knex, input: { query: string; limit?: number }): Promise<GlobalSearchResult> {
  if (searchWords(input.query).length === 0) return { query: input.query, groups: [] };
  const limit = input.limit ?? DEFAULT_HITS_PER_KIND;
  const groups: SearchGroup[] = [];
  for (const find of FINDERS) {
    const hits = await find(db, input.query, limit);
    if (hits.length) groups.push({ kind: hits[0]!.kind, hits });
  }
  return { query: input.query, groups };
}
