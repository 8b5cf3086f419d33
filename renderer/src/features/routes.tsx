/** Every screen's route, joined in one place. Each feature declares its own routes beside its screens. */
import type { RouteObject } from 'react-router';
import { agreementRoutes } from './agreements/routes';
import { calendarRoutes } from './calendar/routes';
import { dashboardRoutes } from './dashboard/routes';
import { eventRoutes } from './events/routes';
import { helpRoutes } from './help/routes';
import { institutionRoutes } from './institutions/routes';
import { partnershipRoutes } from './partnerships/routes';
import { peopleRoutes } from './people/routes';
import { projectRoutes } from './projects/routes';
import { reportRoutes } from './reports/routes';
import { settingsRoutes } from './settings/routes';
import { templateRoutes } from './templates/routes';
import { territoryRoutes } from './territory/routes';
import { studyRoutes } from './studies/routes';

export const FEATURE_ROUTES: RouteObject[] = [
  ...institutionRoutes,
  ...peopleRoutes,
  ...territoryRoutes,
  ...settingsRoutes,
  ...partnershipRoutes,
  ...agreementRoutes,
  ...projectRoutes,
  ...templateRoutes,
  ...eventRoutes,
  ...calendarRoutes,
  ...dashboardRoutes,
  ...helpRoutes,
  ...reportRoutes,
  ...studyRoutes,
];
