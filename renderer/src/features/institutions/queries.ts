/** Institution data for the screens: react-query keys and calls in one place. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf, InstitutionListQuery } from '../../../../preload/contract';
import { call } from '../../api/client';

const KEY = ['institutions'] as const;

export function useInstitutions(query: InstitutionListQuery) {
  return useQuery({ queryKey: [...KEY, 'list', query], queryFn: () => call('institutions.list', query) });
}

export function useInstitution(id: string | undefined) {
  return useQuery({
    queryKey: [...KEY, 'one', id],
    queryFn: () => call('institutions.get', { id: id! }),
    enabled: id !== undefined,
  });
}

export function useSaveInstitution() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'institutions.save'>) => call('institutions.save', input),
    onSuccess: () => client.invalidateQueries({ queryKey: KEY }),
  });
}

export function useDeleteInstitution() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'institutions.delete'>) => call('institutions.delete', input),
    onSuccess: () => client.invalidateQueries({ queryKey: KEY }),
  });
}
