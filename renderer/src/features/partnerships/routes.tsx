import type { RouteObject } from 'react-router';
import { PartnershipDetailPage } from './PartnershipDetailPage';
import { PartnershipFormPage } from './PartnershipFormPage';
import { PartnershipsPage } from './PartnershipsPage';

export const partnershipRoutes: RouteObject[] = [
  { path: 'partnerstwa', element: <PartnershipsPage /> },
  { path: 'partnerstwa/nowe', element: <PartnershipFormPage /> },
  { path: 'partnerstwa/:id', element: <PartnershipDetailPage /> },
  { path: 'partnerstwa/:id/edycja', element: <PartnershipFormPage /> },
];
