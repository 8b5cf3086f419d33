/** React Query hooks for a register (institutions, people): list, one record, save, delete; one cache key per register. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../../preload/contract';
import { call } from './client';

export type Register = 'institutions' | 'people';

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
  // Saving a person changes an institution's count of people, and the other way round: refresh both.
  const onSuccess = () => Promise.all([client.invalidateQueries({ queryKey: ['institutions'] }), client.invalidateQueries({ queryKey: ['people'] })]);
  const save = useMutation({ mutationFn: (input: InputOf<`${R}.save`>) => call(`${register}.save`, input), onSuccess });
  const remove = useMutation({ mutationFn: (input: InputOf<`${R}.delete`>) => call(`${register}.delete`, input), onSuccess });
  return { save, remove };
}
