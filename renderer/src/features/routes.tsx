/**
 * Every screen's route, joined in one place. Each feature declares its own routes beside its screens;
 * a navigation section without routes shows "being prepared".
 */
import type { RouteObject } from 'react-router';
import { agreementRoutes } from './agreements/routes';
import { calendarRoutes } from './calendar/routes';
import { eventRoutes } from './events/routes';
import { dashboardRoutes } from './dashboard/routes';
import { helpRoutes } from './help/routes';
import { InstitutionFormPage } from './institutions/InstitutionFormPage';
import { InstitutionsPage } from './institutions/InstitutionsPage';
import { partnershipRoutes } from './partnerships/routes';
import { PeoplePage } from './people/PeoplePage';
import { PersonFormPage } from './people/PersonFormPage';
import { projectRoutes } from './projects/routes';
import { reportRoutes } from './reports/routes';
import { SettingsPage } from './settings/SettingsPage';
import { templateRoutes } from './templates/routes';
import { TerritoryPage } from './territory/TerritoryPage';

export const FEATURE_ROUTES: RouteObject[] = [
  { path: 'instytucje', element: <InstitutionsPage /> },
  { path: 'instytucje/nowa', element: <InstitutionFormPage /> },
  { path: 'instytucje/:id', element: <InstitutionFormPage /> },
  { path: 'osoby', element: <PeoplePage /> },
  { path: 'osoby/nowa', element: <PersonFormPage /> },
  { path: 'osoby/:id', element: <PersonFormPage /> },
  { path: 'terytorium', element: <TerritoryPage /> },
  { path: 'ustawienia', element: <SettingsPage /> },
  ...partnershipRoutes,
  ...agreementRoutes,
  ...projectRoutes,
  ...templateRoutes,
  ...eventRoutes,
  ...calendarRoutes,
  ...dashboardRoutes,
  ...helpRoutes,
  ...reportRoutes,
];
