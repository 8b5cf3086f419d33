import type { RouteObject } from 'react-router';
import { ProjectFormPage } from './ProjectFormPage';
import { ProjectsPage } from './ProjectsPage';

export const projectRoutes: RouteObject[] = [
  { path: 'projekty', element: <ProjectsPage /> },
  { path: 'projekty/nowy', element: <ProjectFormPage /> },
  { path: 'projekty/:id', element: <ProjectFormPage /> },
];
