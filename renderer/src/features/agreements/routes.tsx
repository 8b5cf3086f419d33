import type { RouteObject } from 'react-router';
import { AgreementFormPage } from './AgreementFormPage';
import { AgreementsPage } from './AgreementsPage';

export const agreementRoutes: RouteObject[] = [
  { path: 'porozumienia', element: <AgreementsPage /> },
  { path: 'porozumienia/nowe', element: <AgreementFormPage /> },
  { path: 'porozumienia/:id', element: <AgreementFormPage /> },
];
