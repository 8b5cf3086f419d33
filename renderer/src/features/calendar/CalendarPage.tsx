/**
 * The calendar of events (FullCalendar 7, Polish, weeks from Monday, Warsaw time whatever the computer's zone):
 * month, week and list views coloured by kind of event; selecting days or hours starts a new event there, clicking
 * an event opens it, dragging one moves it after a confirmation. The date and view shown stay in the address
 * (?data=2026-03-01&widok=lista), so a link from an event opens the calendar where it is. A month draws at most four
 * rows a day; a busier day ends with "+N więcej", which opens that day's list.
 */
import '@fullcalendar/react/skeleton.css';
import '@fullcalendar/react/themes/classic/theme.css';
import '@fullcalendar/react/themes/classic/palette.css';
import FullCalendar, { type CalendarRef, type DatesSetInfo, type DateSelectInfo, type EventClickInfo, type EventDisplayInfo, type EventDropInfo, type EventInput } from '@fullcalendar/react';
import dayGridPlugin from '@fullcalendar/react/daygrid';
import interactionPlugin from '@fullcalendar/react/interaction';
import listPlugin from '@fullcalendar/react/list';
import enLocale from '@fullcalendar/react/locales/en-gb';
import plLocale from '@fullcalendar/react/locales/pl';
import classicTheme from '@fullcalendar/react/themes/classic';
import timeGridPlugin from '@fullcalendar/react/timegrid';
import AddIcon from '@mui/icons-material/Add';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useSearchParams } from 'react-router';
import { EVENT_TYPE_KEYS, EVENT_TYPES, type CalendarEvent, type EventType } from '../../../../preload/contract';
import { call, messageOf } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ALL, FilterSelect } from '../../components/FilterSelect';
import { TerritoryPicker } from '../../components/TerritoryPicker';
import { useAction } from '../../components/useAction';
import { useLabel } from '../../i18n';
import { addDays, formatInstant, formatTimeOfDay, isDate, WARSAW, warsawDay, warsawToday } from '../events/warsawTime';
import { CANCELLED_COLOR, EVENT_TYPE_COLORS, MORE_COLOR, MORE_TEXT_COLOR } from './eventColors';
import { DAY_ROWS, monthTiles, visibleRange, type CalendarView } from './monthTiles';

/** The views, by their names in the address. */
const VIEWS = { miesiac: 'dayGridMonth', tydzien: 'timeGridWeek', lista: 'listMonth', dzien: 'listDay' } as const satisfies Record<string, CalendarView>;
type ViewName = keyof typeof VIEWS;
const viewName = (type: string): ViewName => (Object.keys(VIEWS) as ViewName[]).find((name) => VIEWS[name] === type) ?? 'miesiac';

const PLUGINS = [dayGridPlugin, timeGridPlugin, listPlugin, interactionPlugin, classicTheme];

/** Events before the tiles of a day: FullCalendar's own order (start, longer first, title) after it. */
const EVENT_ORDER = ['order', 'start', '-duration', 'allDay', 'title'];

/** Events side by side at one hour of the week before the rest go under „+N”: fifteen at 10:00 were slivers. */
const WEEK_STACK = 3;

/** The address of a day's list. */
const dayListPath = (day: string) => `/kalendarz?data=${day}&widok=dzien`;

function toCalendarEvent(event: CalendarEvent): EventInput {
  const color = event.status === 'cancelled' ? CANCELLED_COLOR : EVENT_TYPE_COLORS[event.type];
  return {
    id: event.id,
    title: event.title,
    start: event.startsAt,
    end: event.endsAt,
    url: `#/wydarzenia/${event.id}`,
    color,
    contrastColor: '#ffffff',
    startEditable: event.status === 'planned',
    durationEditable: false,
    extendedProps: { event, order: 0 },
  };
}

/** The tile that stands for a day's events not drawn in the month: a link to the day's list. */
function moreTile(day: string, title: string): EventInput {
  return { id: `wiecej-${day}`, title, start: day, allDay: true, url: `#${dayListPath(day)}`, color: MORE_COLOR, contrastColor: MORE_TEXT_COLOR, editable: false, extendedProps: { moreOf: day, order: 1 } };
}

export function CalendarPage() {
  const { t, i18n } = useTranslation();
  const label = useLabel();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [params, setParams] = useSearchParams();
  const [initial] = useState(() => ({
    date: isDate(params.get('data') ?? '') ? params.get('data')! : undefined,
    view: VIEWS[(params.get('widok') ?? 'miesiac') as ViewName] ?? VIEWS.miesiac,
  }));
  // The range is known from the address, so the events are asked for while the calendar mounts; its own report of
  // the dates it shows (datesSet) confirms or corrects it.
  const [range, setRange] = useState(() => visibleRange(initial.view, initial.date ?? warsawToday()));
  const [view, setView] = useState<CalendarView>(initial.view);
  const [type, setType] = useState<EventType | typeof ALL>(ALL);
  const [partnershipId, setPartnershipId] = useState('');
  const [gmina, setGmina] = useState<string | null>(null);
  const [moving, setMoving] = useState<EventDropInfo | null>(null);
  const { busy, message, setMessage, run } = useAction({ afterEach: () => setMoving(null) });
  const error = message?.text;
  const calendarRef = useRef<CalendarRef>(null);
  /** The date and view this page last wrote into the address: anything else there came from a link. */
  const written = useRef<{ data: string; widok: string } | null>(null);
  const requestedDate = params.get('data');
  const requestedView = params.get('widok');

  // A link to another date or view while the calendar is open (the address changed, the page stayed).
  useEffect(() => {
    const api = calendarRef.current?.getApi();
    if (!api || !written.current) return;
    const view = VIEWS[requestedView as ViewName];
    if (view && requestedView !== written.current.widok) api.changeView(view);
    if (requestedDate && isDate(requestedDate) && requestedDate !== written.current.data) api.gotoDate(requestedDate);
  }, [requestedDate, requestedView]);

  const partnerships = useQuery({ queryKey: ['partnerships', 'list', {}], queryFn: () => call('partnerships.list', {}) });
  const query = { ...range, types: type ? [type] : undefined, partnershipId: partnershipId || undefined, territoryCode: gmina ?? undefined };
  // Only the visible range, in lean rows (six weeks of a macroregion hold some 2 400 events).
  const list = useQuery({ queryKey: ['events', 'calendar', query], queryFn: () => call('events.calendar', query), placeholderData: keepPreviousData });
  const events = useMemo(() => {
    const rows = list.data ?? [];
    if (view !== 'dayGridMonth') return rows.map(toCalendarEvent);
    const { shown, more } = monthTiles(rows);
    return [...shown.map(toCalendarEvent), ...more.map(({ day, count }) => moreTile(day, t('calendar.more', { count })))];
  }, [list.data, view, t]);

  const datesSet = useCallback(
    (info: DatesSetInfo) => {
      const from = info.startStr.slice(0, 10);
      const to = addDays(info.endStr.slice(0, 10), -1);
      setRange((current) => (current.from === from && current.to === to ? current : { from, to }));
      setView(info.view.type as CalendarView);
      const shown = warsawDay(info.view.currentStart.toISOString());
      written.current = { data: shown, widok: viewName(info.view.type) };
      setParams(written.current, { replace: true });
    },
    [setParams],
  );

  const select = useCallback(
    (info: DateSelectInfo) => {
      const search = new URLSearchParams({ start: info.startStr, end: info.endStr });
      if (type) search.set('rodzaj', type);
      if (partnershipId) search.set('partnerstwo', partnershipId);
      void navigate(`/wydarzenia/nowe?${search.toString()}`);
    },
    [navigate, type, partnershipId],
  );

  // In a list, an event of several days reads „Od 9:00” on its first day and „Do 15:00” on its last: FullCalendar
  // writes the day cut at midnight („9:00 – 0:00”). Other rows, and the days between („Cały dzień”), are its own.
  const eventContent = useCallback(
    (info: EventDisplayInfo) => {
      const event = info.event.extendedProps.event as CalendarEvent | undefined;
      if (!event || !info.view.type.startsWith('list') || info.isStart === info.isEnd) return true;
      const time = info.isStart ? t('calendar.from', { time: formatTimeOfDay(event.startsAt) }) : t('calendar.until', { time: formatTimeOfDay(event.endsAt) });
      return (
        <>
          <div className={info.timeClass}>{time}</div>
          <div className={info.titleClass}>{info.event.title}</div>
        </>
      );
    },
    [t],
  );

  const eventClick = useCallback(
    (info: EventClickInfo) => {
      info.jsEvent.preventDefault();
      const moreOf = info.event.extendedProps.moreOf as string | undefined;
      void navigate(moreOf ? dayListPath(moreOf) : `/wydarzenia/${info.event.id}`);
    },
    [navigate],
  );

  const confirmMove = async () => {
    if (!moving) return;
    const summary = moving.event.extendedProps.event as CalendarEvent;
    await run(async () => {
      try {
        await call('events.reschedule', { id: summary.id, version: summary.version, startsAt: moving.event.start!.toISOString() });
        await client.invalidateQueries({ queryKey: ['events'] });
      } catch (failure) {
        moving.revert();
        throw failure;
      }
    });
  };

  const newEventPath = `/wydarzenia/nowe${type ? `?rodzaj=${type}` : ''}`;

  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Typography variant="h5" component="h1" sx={{ flexGrow: 1 }}>
          {t('calendar.title')}
        </Typography>
        <Button variant="contained" startIcon={<AddIcon />} component={RouterLink} to={newEventPath}>
          {t('calendar.newEvent')}
        </Button>
      </Stack>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
        <FilterSelect label={t('calendar.type')} value={type} onChange={setType} keys={EVENT_TYPE_KEYS} vocabulary={EVENT_TYPES} sx={{ minWidth: 220 }} helperText=" " />
        <FilterSelect label={t('calendar.partnership')} value={partnershipId} onChange={setPartnershipId} records={partnerships.data} sx={{ minWidth: 220 }} helperText=" " />
        <Box sx={{ minWidth: 280 }}>
          <TerritoryPicker label={t('calendar.gmina')} levels={['gmina']} value={gmina} onChange={setGmina} />
        </Box>
      </Stack>
      {(error || list.error) && (
        <Alert severity="error" onClose={() => setMessage(null)}>
          {error ?? messageOf(list.error)}
        </Alert>
      )}
      <Paper component="section" aria-label={t('calendar.region')} sx={{ p: 2 }}>
        <FullCalendar
          ref={calendarRef}
          plugins={PLUGINS}
          locale={i18n.language === 'en' ? enLocale : plLocale}
          timeZone={WARSAW}
          firstDay={1}
          initialView={initial.view}
          initialDate={initial.date}
          headerToolbar={{ start: 'prev,next today', center: 'title', end: 'dayGridMonth,timeGridWeek,listDay,listMonth' }}
          listText={t('calendar.list')}
          buttons={{ listDay: { text: t('calendar.day') } }}
          height="auto"
          slotMinTime="07:00:00"
          slotMaxTime="21:00:00"
          allDaySlot={false}
          nowIndicator
          selectable
          selectMirror
          editable
          eventDurationEditable={false}
          dayMaxEvents={DAY_ROWS}
          eventMaxStack={WEEK_STACK}
          eventOrder={EVENT_ORDER}
          eventDisplay="block"
          slotHeaderFormat={{ hour: 'numeric', minute: '2-digit' }}
          eventTimeFormat={{ hour: 'numeric', minute: '2-digit' }}
          events={events}
          datesSet={datesSet}
          select={select}
          eventClick={eventClick}
          eventContent={eventContent}
          eventDrop={setMoving}
          noEventsText={t('calendar.noEvents')}
        />
      </Paper>
      <Stack direction="row" useFlexGap spacing={2} sx={{ flexWrap: 'wrap' }} component="ul" aria-label={t('calendar.legend')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {EVENT_TYPE_KEYS.map((key) => (
          <Box component="li" key={key} sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.75 }}>
            <Box component="span" aria-hidden sx={{ width: 14, height: 14, borderRadius: 0.5, bgcolor: EVENT_TYPE_COLORS[key] }} />
            <Typography variant="body2">{label(EVENT_TYPES[key])}</Typography>
          </Box>
        ))}
        <Box component="li" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.75 }}>
          <Box component="span" aria-hidden sx={{ width: 14, height: 14, borderRadius: 0.5, bgcolor: CANCELLED_COLOR }} />
          <Typography variant="body2">{t('calendar.cancelled')}</Typography>
        </Box>
      </Stack>
      <ConfirmDialog
        open={moving !== null}
        title={moving ? t('calendar.moveTitle', { title: moving.event.title, when: formatInstant(moving.event.start!.toISOString()) }) : ''}
        text={t('calendar.moveText')}
        confirmLabel={t('calendar.move')}
        busy={busy}
        onConfirm={() => void confirmMove()}
        onCancel={() => {
          moving?.revert();
          setMoving(null);
        }}
      />
    </Stack>
  );
}
