/**
 * Pulpit: the first screen of the day. This and next week's events, agreements to sign or expiring, indicators
 * against their targets, partnerships that have not met for a month, and what changed lately. On a new
 * database it starts with the first steps, each a link to the form that takes it.
 */
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import RadioButtonUncheckedIcon from '@mui/icons-material/RadioButtonUnchecked';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Grid from '@mui/material/Grid';
import LinearProgress from '@mui/material/LinearProgress';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import {
  EVENT_TYPES,
  PARTNERSHIP_KINDS,
  AGREEMENT_STATUSES,
  meetingRhythmPhrase,
  type DashboardAgreement,
  type DashboardIndicator,
  type DashboardOverview,
  type DashboardProjectStage,
  type DashboardWeek,
  phaseLabel,
} from '../../../../preload/contract';
import { call, messageOf } from '../../api/client';
import { currentLanguage, useLabel } from '../../i18n';
import { formatDate, formatDateTime, formatNumber } from '../../i18n/format';
import { RECORD_PATHS } from '../search/recordPaths';
import { ToSettle } from './ToSettle';
import { formatEventTime, formatWeekday } from '../events/warsawTime';
import { warsawDay } from '../../../../preload/contract/warsawTime';

/** "wt. 10.03.2026, 9:00–13:00" in Warsaw time (an event over several days names its last day too). */
function eventWhen(startsAt: string, endsAt: string, language: 'pl' | 'en'): string {
  return `${formatWeekday(warsawDay(startsAt), language)} ${formatEventTime(startsAt, endsAt)}`;
}

const FIRST_STEPS: { kind: keyof DashboardOverview['counts']; path: string }[] = [
  { kind: 'project', path: '/projekty/nowy' },
  { kind: 'institution', path: '/instytucje/nowa' },
  { kind: 'person', path: '/osoby/nowa' },
  { kind: 'partnership', path: '/partnerstwa/nowe' },
  { kind: 'event', path: '/wydarzenia/nowe' },
  { kind: 'agreement', path: '/porozumienia/nowe' },
];

export function DashboardPage() {
  const { t } = useTranslation();
  const overview = useQuery({ queryKey: ['dashboard', 'overview'], queryFn: () => call('dashboard.overview', {}) });
  const office = useQuery({ queryKey: ['office'], queryFn: () => call('office.get', undefined) });
  const data = overview.data;
  return (
    <Stack spacing={3} sx={{ maxWidth: 1400 }}>
      <Box>
        <Typography variant="h5" component="h1">
          {t('dashboard.title')}
          {office.data?.name ? ` – ${office.data.name}` : ''}
        </Typography>
        {data && (
          <Typography color="text.secondary">
            {office.data?.userName ? `${t('dashboard.greeting', { name: office.data.userName })}. ` : ''}
            {t('dashboard.today', { date: formatDate(data.today) })}
          </Typography>
        )}
      </Box>
      {overview.error && <Alert severity="error">{messageOf(overview.error)}</Alert>}
      {!data ? (
        !overview.error && <Typography>{t('common.loading')}</Typography>
      ) : (
        <>
          <FirstSteps counts={data.counts} />
          <ToSettle events={data.toSettle} />
          <Grid container spacing={3}>
            <Grid size={{ xs: 12, lg: 6 }}>
              <WeekSection title={t('dashboard.thisWeek')} week={data.thisWeek} />
            </Grid>
            <Grid size={{ xs: 12, lg: 6 }}>
              <WeekSection title={t('dashboard.nextWeek')} week={data.nextWeek} />
            </Grid>
            <Grid size={{ xs: 12, lg: 6 }}>
              <AgreementsSection id="dashboard-awaiting" title={t('dashboard.agreementsAwaiting')} empty={t('dashboard.noAgreementsAwaiting')} agreements={data.agreementsAwaitingSignature} />
            </Grid>
            <Grid size={{ xs: 12, lg: 6 }}>
              <AgreementsSection id="dashboard-expiring" title={t('dashboard.agreementsExpiring')} empty={t('dashboard.noAgreementsExpiring')} agreements={data.agreementsExpiring} />
            </Grid>
            <Grid size={{ xs: 12 }}>
              <IndicatorsSection indicators={data.indicators} />
            </Grid>
            {data.projectStages.length > 0 && (
              <Grid size={{ xs: 12 }}>
                <ProjectStages overview={data} />
              </Grid>
            )}
            <Grid size={{ xs: 12, lg: 6 }}>
              <QuietPartnerships overview={data} />
            </Grid>
            <Grid size={{ xs: 12, lg: 6 }}>
              <MeetingRhythmSection overview={data} />
            </Grid>
            <Grid size={{ xs: 12, lg: 6 }}>
              <RecentChanges overview={data} />
            </Grid>
          </Grid>
        </>
      )}
    </Stack>
  );
}

function Section({ title, id, children, action }: { title: string; id: string; children: ReactNode; action?: ReactNode }) {
  return (
    <Paper component="section" aria-labelledby={id} sx={{ p: 2, height: '100%' }}>
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', mb: 1 }}>
        <Typography id={id} variant="h6" component="h2">
          {title}
        </Typography>
        {action}
      </Stack>
      {children}
    </Paper>
  );
}

function Empty({ children }: { children: ReactNode }) {
  return <Typography color="text.secondary">{children}</Typography>;
}

function FirstSteps({ counts }: { counts: DashboardOverview['counts'] }) {
  const { t } = useTranslation();
  if (FIRST_STEPS.every((step) => counts[step.kind] > 0)) return null;
  return (
    <Section title={t('dashboard.firstSteps.title')} id="dashboard-first-steps">
      <Typography color="text.secondary" sx={{ mb: 1 }}>
        {t('dashboard.firstSteps.intro')}
      </Typography>
      <List dense aria-labelledby="dashboard-first-steps">
        {FIRST_STEPS.map((step, index) => {
          const done = counts[step.kind] > 0;
          return (
            <ListItem key={step.kind} disablePadding>
              <ListItemButton component={RouterLink} to={step.path}>
                <ListItemIcon sx={{ minWidth: 36 }}>{done ? <CheckCircleIcon color="success" titleAccess={t('dashboard.firstSteps.done')} /> : <RadioButtonUncheckedIcon />}</ListItemIcon>
                <ListItemText primary={`${index + 1}. ${t(`dashboard.firstSteps.${step.kind}`)}`} sx={done ? { textDecoration: 'line-through', color: 'text.secondary' } : undefined} />
              </ListItemButton>
            </ListItem>
          );
        })}
      </List>
    </Section>
  );
}

function WeekSection({ title, week }: { title: string; week: DashboardWeek }) {
  const { t } = useTranslation();
  const label = useLabel();
  const id = `dashboard-week-${week.from}`;
  return (
    <Section title={`${title}: ${t('dashboard.weekRange', { from: formatDate(week.from), to: formatDate(week.to) })}`} id={id}>
      {week.events.length === 0 ? (
        <Empty>{t('dashboard.noEvents')}</Empty>
      ) : (
        <List dense aria-labelledby={id}>
          {week.events.map((event) => (
            <ListItem key={event.id} disablePadding>
              <ListItemButton component={RouterLink} to={RECORD_PATHS.event(event.id)}>
                <ListItemText
                  primary={event.title}
                  secondary={[eventWhen(event.startsAt, event.endsAt, currentLanguage()), label(EVENT_TYPES[event.type]), event.partnershipName, event.place].filter(Boolean).join(' · ')}
                />
                <Chip size="small" variant={event.status === 'held' ? 'filled' : 'outlined'} color={event.status === 'held' ? 'success' : 'default'} label={t(`dashboard.statuses.${event.status}`)} sx={{ ml: 1 }} />
              </ListItemButton>
            </ListItem>
          ))}
        </List>
      )}
    </Section>
  );
}

function AgreementsSection({ id, title, empty, agreements }: { id: string; title: string; empty: string; agreements: DashboardAgreement[] }) {
  const { t } = useTranslation();
  const label = useLabel();
  return (
    <Section title={title} id={id}>
      {agreements.length === 0 ? (
        <Empty>{empty}</Empty>
      ) : (
        <List dense aria-labelledby={id}>
          {agreements.map((agreement) => (
            <ListItem key={agreement.id} disablePadding>
              <ListItemButton component={RouterLink} to={RECORD_PATHS.agreement(agreement.id)}>
                <ListItemText
                  primary={`${agreement.number} – ${agreement.partyNames.join(', ')}`}
                  secondary={[
                    label(AGREEMENT_STATUSES[agreement.status]),
                    agreement.validUntil && t('dashboard.validUntil', { date: formatDate(agreement.validUntil) }),
                    agreement.daysLeft !== null && t('dashboard.daysLeft', { count: agreement.daysLeft }),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                />
              </ListItemButton>
            </ListItem>
          ))}
        </List>
      )}
    </Section>
  );
}

function IndicatorsSection({ indicators }: { indicators: DashboardIndicator[] }) {
  const { t } = useTranslation();
  return (
    <Section title={t('dashboard.indicators')} id="dashboard-indicators">
      {indicators.length === 0 ? (
        <Empty>{t('dashboard.noIndicators')}</Empty>
      ) : (
        <>
          <Table size="small" aria-labelledby="dashboard-indicators">
            <TableHead>
              <TableRow>
                <TableCell>{t('dashboard.project')}</TableCell>
                <TableCell>{t('dashboard.indicator')}</TableCell>
                <TableCell align="right">{t('dashboard.target')}</TableCell>
                <TableCell align="right">{t('dashboard.achieved')}</TableCell>
                <TableCell sx={{ width: '25%' }}>{t('dashboard.progress')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {indicators.map((indicator) => {
                const percent = indicator.target <= 0 ? null : Math.round((indicator.achieved / indicator.target) * 100);
                return (
                  <TableRow key={indicator.id}>
                    <TableCell>{indicator.projectName}</TableCell>
                    <TableCell>
                      {indicator.code} – {indicator.name}
                      <Typography variant="body2" color="text.secondary">
                        {indicator.basis}
                      </Typography>
                      {indicator.measureOrigin && (
                        <Typography variant="body2" color="warning.dark">
                          {t(`dashboard.measureOrigin.${indicator.measureOrigin}`)}
                        </Typography>
                      )}
                    </TableCell>
                    <TableCell align="right">
                      {formatNumber(indicator.target, 2)} {indicator.unit}
                    </TableCell>
                    <TableCell align="right">{`${formatNumber(indicator.achieved, 2)} ${indicator.unit}`}</TableCell>
                    <TableCell>
                      {percent !== null && (
                        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                          <LinearProgress
                            variant="determinate"
                            value={Math.min(percent, 100)}
                            aria-label={t('dashboard.progressOf', { name: indicator.code, percent })}
                            color={percent >= 100 ? 'success' : 'primary'}
                            sx={{ flexGrow: 1, height: 8, borderRadius: 4 }}
                          />
                          <Typography variant="body2">{formatNumber(percent)}%</Typography>
                        </Stack>
                      )}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
          <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
            {t('dashboard.indicatorHint')}
          </Typography>
        </>
      )}
    </Section>
  );
}

/** Each running project's current phase ("Aktualnie znajdujemy się w fazie I – FAZA MODELU") and next milestone. */
function ProjectStages({ overview }: { overview: DashboardOverview }) {
  const { t } = useTranslation();
  const when = (milestone: NonNullable<DashboardProjectStage['nextMilestone']>) => {
    if (milestone.dueDate === null || milestone.daysLeft === null) return t('dashboard.noMilestoneDate');
    const due = t('dashboard.milestoneDue', { date: formatDate(milestone.dueDate) });
    if (milestone.daysLeft > 0) return `${due}, ${t('dashboard.daysLeft', { count: milestone.daysLeft })}`;
    if (milestone.daysLeft === 0) return `${due}, ${t('dashboard.dueToday')}`;
    return `${due}, ${t('dashboard.overdue', { count: -milestone.daysLeft })}`;
  };
  return (
    <Section title={t('dashboard.stages')} id="dashboard-stages">
      <List dense aria-labelledby="dashboard-stages">
        {overview.projectStages.map((stage) => (
          <ListItem key={stage.projectId} disablePadding>
            <ListItemButton component={RouterLink} to={`/projekty/${stage.projectId}`}>
              <ListItemText
                primary={stage.projectName}
                secondary={
                  <>
                    <span>
                      {stage.currentPhase
                        ? `${t('dashboard.currentPhase', { label: phaseLabel(stage.currentPhase) })}${stage.currentPhase.endDate ? t('dashboard.phaseEnds', { date: formatDate(stage.currentPhase.endDate) }) : ''}.`
                        : `${t('dashboard.noCurrentPhase')}.`}
                    </span>{' '}
                    <span>
                      {stage.nextMilestone ? `${t('dashboard.nextMilestone', { name: stage.nextMilestone.name })} (${when(stage.nextMilestone)}).` : `${t('dashboard.allMilestonesReached')}.`}
                    </span>
                  </>
                }
              />
            </ListItemButton>
          </ListItem>
        ))}
      </List>
    </Section>
  );
}

function QuietPartnerships({ overview }: { overview: DashboardOverview }) {
  const { t } = useTranslation();
  return (
    <Section title={t('dashboard.quietPartnerships')} id="dashboard-quiet">
      {overview.quietPartnerships.length === 0 ? (
        <Empty>{t(overview.counts.partnership === 0 ? 'dashboard.noPartnershipsYet' : 'dashboard.noQuietPartnerships')}</Empty>
      ) : (
        <List dense aria-labelledby="dashboard-quiet">
          {overview.quietPartnerships.map((partnership) => (
            <ListItem key={partnership.id} disablePadding>
              <ListItemButton component={RouterLink} to={RECORD_PATHS.partnership(partnership.id)}>
                <ListItemText
                  primary={partnership.name}
                  secondary={`${PARTNERSHIP_KINDS[partnership.kind].short} · ${partnership.lastMeetingAt ? t('dashboard.lastMeeting', { date: formatDate(warsawDay(partnership.lastMeetingAt)) }) : t('dashboard.noMeeting')}`}
                />
              </ListItemButton>
            </ListItem>
          ))}
        </List>
      )}
    </Section>
  );
}

/** Teams with a planned rhythm: meetings a month over the last twelve months against the plan, those behind first. */
function MeetingRhythmSection({ overview }: { overview: DashboardOverview }) {
  const { t, i18n } = useTranslation();
  const phrase = (r: DashboardOverview['meetingRhythm'][number]) =>
    i18n.language === 'en'
      ? t('dashboard.rhythmEn', { perMonth: formatNumber(r.perMonth, 1), target: formatNumber(r.target ?? 0, 2) })
      : meetingRhythmPhrase(r.perMonth, r.target);
  return (
    <Section title={t('dashboard.meetingRhythm')} id="dashboard-rhythm">
      {overview.meetingRhythm.length === 0 ? (
        <Empty>{t('dashboard.noMeetingRhythm')}</Empty>
      ) : (
        <List dense aria-labelledby="dashboard-rhythm">
          {overview.meetingRhythm.map((r) => (
            <ListItem key={r.partnershipId} disablePadding>
              <ListItemButton component={RouterLink} to={RECORD_PATHS.partnership(r.partnershipId)}>
                <ListItemText
                  primary={
                    <>
                      {r.partnershipName}{' '}
                      {r.behind && <Chip size="small" color="warning" label={t('dashboard.rhythmBehind')} />}
                    </>
                  }
                  secondary={`${PARTNERSHIP_KINDS[r.kind].short} · ${r.judged ? phrase(r) : `${phrase(r)} · ${t('dashboard.rhythmTooEarly')}`}`}
                />
              </ListItemButton>
            </ListItem>
          ))}
        </List>
      )}
      <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
        {t('dashboard.rhythmHint')}
      </Typography>
    </Section>
  );
}

function RecentChanges({ overview }: { overview: DashboardOverview }) {
  const { t } = useTranslation();
  return (
    <Section title={t('dashboard.recentChanges')} id="dashboard-recent">
      {overview.recentChanges.length === 0 ? (
        // Projects are not among the recent changes: with one (as after the first-run wizard) the register is not empty.
        <Empty>{t(Object.values(overview.counts).some((count) => count > 0) ? 'dashboard.noRecordChangesYet' : 'dashboard.noRecentChanges')}</Empty>
      ) : (
        <List dense aria-labelledby="dashboard-recent">
          {overview.recentChanges.map((change) => (
            <ListItem key={`${change.kind}-${change.id}`} disablePadding>
              <ListItemButton component={RouterLink} to={RECORD_PATHS[change.kind](change.id)}>
                <ListItemText primary={change.title} secondary={`${t(`search.kind.${change.kind}`)} · ${t('dashboard.changedAt', { date: formatDateTime(change.updatedAt) })}`} />
              </ListItemButton>
            </ListItem>
          ))}
        </List>
      )}
    </Section>
  );
}
