import type { RouteObject } from 'react-router';
import { CertificateRegisterPage } from '../eventDocuments/CertificateRegisterPage';
import { CoachingRegisterPage } from './CoachingRegisterPage';
import { EventDetailPage } from './EventDetailPage';
import { EventFormPage } from './EventFormPage';
import { EventsPage } from './EventsPage';

export const eventRoutes: RouteObject[] = [
  { path: 'wydarzenia', element: <EventsPage /> },
  { path: 'wydarzenia/nowe', element: <EventFormPage /> },
  { path: 'wydarzenia/rejestr-coachingu', element: <CoachingRegisterPage /> },
  { path: 'wydarzenia/rejestr-zaswiadczen', element: <CertificateRegisterPage /> },
  { path: 'wydarzenia/:id', element: <EventDetailPage /> },
  { path: 'wydarzenia/:id/edycja', element: <EventFormPage /> },
];
