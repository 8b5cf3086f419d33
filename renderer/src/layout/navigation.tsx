import AssessmentIcon from '@mui/icons-material/Assessment';
import ArticleIcon from '@mui/icons-material/ArticleOutlined';
import BusinessIcon from '@mui/icons-material/Business';
import CalendarMonthIcon from '@mui/icons-material/CalendarMonth';
import DashboardIcon from '@mui/icons-material/Dashboard';
import EventIcon from '@mui/icons-material/Event';
import GroupsIcon from '@mui/icons-material/Groups';
import HandshakeIcon from '@mui/icons-material/Handshake';
import MapIcon from '@mui/icons-material/Map';
import PeopleIcon from '@mui/icons-material/People';
import SettingsIcon from '@mui/icons-material/Settings';
import WorkOutlineIcon from '@mui/icons-material/WorkOutlineOutlined';
import type { ReactElement } from 'react';
import type { pl } from '../i18n/pl';

export interface Section {
  path: string;
  labelKey: `nav.${keyof typeof pl.nav}`;
  icon: ReactElement;
}

/** The app's sections, in the order of the navigation bar; each opens a feature's screen (features/routes.tsx). */
export const SECTIONS: Section[] = [
  { path: '/pulpit', labelKey: 'nav.dashboard', icon: <DashboardIcon /> },
  { path: '/terytorium', labelKey: 'nav.territory', icon: <MapIcon /> },
  { path: '/instytucje', labelKey: 'nav.institutions', icon: <BusinessIcon /> },
  { path: '/osoby', labelKey: 'nav.people', icon: <PeopleIcon /> },
  { path: '/partnerstwa', labelKey: 'nav.partnerships', icon: <GroupsIcon /> },
  { path: '/porozumienia', labelKey: 'nav.agreements', icon: <HandshakeIcon /> },
  { path: '/projekty', labelKey: 'nav.projects', icon: <WorkOutlineIcon /> },
  { path: '/opracowania', labelKey: 'nav.studies', icon: <ArticleIcon /> },
  { path: '/wydarzenia', labelKey: 'nav.events', icon: <EventIcon /> },
  { path: '/kalendarz', labelKey: 'nav.calendar', icon: <CalendarMonthIcon /> },
  { path: '/raporty', labelKey: 'nav.reports', icon: <AssessmentIcon /> },
  { path: '/ustawienia', labelKey: 'nav.settings', icon: <SettingsIcon /> },
];
