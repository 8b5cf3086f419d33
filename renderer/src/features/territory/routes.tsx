import type { RouteObject } from 'react-router';
import { TerritoryPage } from './TerritoryPage';

export const territoryRoutes: RouteObject[] = [{ path: 'terytorium', element: <TerritoryPage /> }];
