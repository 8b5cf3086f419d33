import type { RouteObject } from 'react-router';
import { PeoplePage } from './PeoplePage';
import { PersonFormPage } from './PersonFormPage';

export const peopleRoutes: RouteObject[] = [
  { path: 'osoby', element: <PeoplePage /> },
  { path: 'osoby/nowa', element: <PersonFormPage /> },
  { path: 'osoby/:id', element: <PersonFormPage /> },
];
