import type { RouteObject } from 'react-router';
import { ReportsPage } from './ReportsPage';

export const reportRoutes: RouteObject[] = [{ path: 'raporty', element: <ReportsPage /> }];
