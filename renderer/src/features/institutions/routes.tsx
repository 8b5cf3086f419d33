import type { RouteObject } from 'react-router';
import { InstitutionFormPage } from './InstitutionFormPage';
import { InstitutionsPage } from './InstitutionsPage';

export const institutionRoutes: RouteObject[] = [
  { path: 'instytucje', element: <InstitutionsPage /> },
  { path: 'instytucje/nowa', element: <InstitutionFormPage /> },
  { path: 'instytucje/:id', element: <InstitutionFormPage /> },
];
