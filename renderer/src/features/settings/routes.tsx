import type { RouteObject } from 'react-router';
import { SettingsPage } from './SettingsPage';

export const settingsRoutes: RouteObject[] = [{ path: 'ustawienia', element: <SettingsPage /> }];
