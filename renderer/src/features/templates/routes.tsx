import type { RouteObject } from 'react-router';
import { TemplateFormPage } from './TemplateFormPage';
import { TemplatesPage } from './TemplatesPage';

export const templateRoutes: RouteObject[] = [
  { path: 'ustawienia/szablony', element: <TemplatesPage /> },
  { path: 'ustawienia/szablony/nowy', element: <TemplateFormPage /> },
  { path: 'ustawienia/szablony/:id', element: <TemplateFormPage /> },
];
