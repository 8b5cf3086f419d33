import type { RouteObject } from 'react-router';
import { StudiesPage } from './StudiesPage';
import { StudyFormPage } from './StudyFormPage';

export const studyRoutes: RouteObject[] = [
  { path: 'opracowania', element: <StudiesPage /> },
  { path: 'opracowania/nowe', element: <StudyFormPage /> },
  { path: 'opracowania/:id', element: <StudyFormPage /> },
];
