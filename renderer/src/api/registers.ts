/** React Query hooks for a register (institutions, people): list, one record, save, delete; one cache key per register. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../../preload/contract';
import { call } from './client';

/** Registers with list/get/save/delete channels. */
export type Register = 'institutions' | 'people' | 'partnerships' | 'agreements' | 'projects' | 'events' | 'studies';

export function useRegisterList<R extends Register>(register: R, query: InputOf<`${R}.list`>) {
  return useQuery({ queryKey: [register, 'list', query], queryFn: () => call(`${register}.list`, query) });
}

export function useRegisterRecord<R extends Register>(register: R, id: string | undefined) {
  return useQuery({
    queryKey: [register, 'one', id],
    queryFn: () => call(`${register}.get`, { id: id! } as InputOf<`${R}.get`>),
    enabled: id !== undefined,
  });
}

export function useRegisterMutations<R extends Register>(register: R) {
  const client = useQueryClient();
  // Records refer to each other (an institution counts its people, a partnership names its leader):
  // after any change every register's cached lists are refreshed; the territory never changes here.
  const onSuccess = () => client.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'territory' });
  const save = useMutation({ mutationFn: (input: InputOf<`${R}.save`>) => call(`${register}.save`, input), onSuccess });
  const remove = useMutation({ mutationFn: (input: InputOf<`${R}.delete`>) => call(`${register}.delete`, input), onSuccess });
  return { save, remove };
}
