/**
 * Saving the event form: a new event that repeats becomes a series; a changed occurrence of a series first asks
 * whether the change is for this occurrence only or for the series from it on.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventDetail } from '../../../../preload/contract';
import { ApiError, call } from '../../api/client';
import { useRegisterMutations } from '../../api/registers';
import { NOT_SAVED } from '../../components/RecordForm';
import type { EventInput } from './eventForm';
import { buildRule, type RecurrenceValues } from './recurrence';

export type Scope = 'one' | 'series';
/** What `saveEvent` resolves to when the user closes the "this one or the series" question (nothing saved). */
export { NOT_SAVED };

/**
 * The service's refusal of a rule names RRULE parts (COUNT, UNTIL); the form shows it in words, next to the field
 * that ends the series.
 */
function recurrenceFailure(failure: unknown, recurrence: RecurrenceValues, t: (key: string) => string): unknown {
  if (!(failure instanceof ApiError) || !failure.fieldErrors.rule) return failure;
  const field = recurrence.end === 'count' ? 'recurrence.count' : 'recurrence.until';
  const text = /więcej niż/.test(failure.fieldErrors.rule) ? t('events.recurrence.tooMany') : t('events.recurrence.noneInRange');
  const { rule: _rule, ...others } = failure.fieldErrors;
  return new ApiError({ ...failure.error, message: t('events.recurrence.invalid'), fieldErrors: { ...others, [field]: text } });
}

export function useEventSave(event: EventDetail | undefined, form: { input: EventInput; recurrence: RecurrenceValues; startDate: string }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const { save } = useRegisterMutations('events');
  const [askScope, setAskScope] = useState<((scope: Scope | null) => void) | null>(null);
  const inSeries = Boolean(event?.series && !event.series.detached);

  const refreshAll = () => client.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'territory' });

  const saveEvent = async (full: EventInput & { id?: string; version?: number }): Promise<unknown> => {
    const { input, recurrence } = form;
    if (!event && recurrence.repeat) {
      const built = buildRule(recurrence, form.startDate);
      if ('errors' in built) throw new ApiError({ code: 'validation', message: t('events.recurrence.invalid'), fieldErrors: built.errors });
      const series = await call('events.createSeries', { draft: input, rule: built.rule }).catch((failure: unknown) => {
        throw recurrenceFailure(failure, recurrence, t);
      });
      await refreshAll();
      return series.events[0];
    }
    if (event?.series && inSeries) {
      const scope = await new Promise<Scope | null>((resolve) => setAskScope(() => resolve));
      setAskScope(null);
      if (scope === null) return NOT_SAVED;
      if (scope === 'series') {
        await call('events.updateSeries', { seriesId: event.series.seriesId, version: event.series.version, draft: input, fromEventId: event.id });
        await refreshAll();
        return event;
      }
    }
    return save.mutateAsync(full);
  };

  return { saveEvent, askScope };
}
