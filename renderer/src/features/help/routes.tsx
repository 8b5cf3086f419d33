import type { RouteObject } from 'react-router';
import { HelpPage } from './HelpPage';

export const helpRoutes: RouteObject[] = [{ path: 'pomoc', element: <HelpPage /> }];
