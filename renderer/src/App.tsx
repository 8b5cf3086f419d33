import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { createHashRouter, Navigate, RouterProvider } from 'react-router';
import { ComingSoonPage } from './features/placeholder/ComingSoonPage';
import { InstitutionFormPage } from './features/institutions/InstitutionFormPage';
import { InstitutionsPage } from './features/institutions/InstitutionsPage';
import { PeoplePage } from './features/people/PeoplePage';
import { PersonFormPage } from './features/people/PersonFormPage';
import { SettingsPage } from './features/settings/SettingsPage';
import { TerritoryPage } from './features/territory/TerritoryPage';
import { AppShell } from './layout/AppShell';
import { SECTIONS } from './layout/navigation';
import { buildTheme } from './theme/theme';

const BUILT_SECTIONS = ['/terytorium', '/instytucje', '/osoby', '/ustawienia'];

// A hash router: the same URLs work from a file in Electron and over HTTP in the test harness.
const router = createHashRouter([
  {
    path: '/',
    element: <AppShell />,
    children: [
      { index: true, element: <Navigate to="/instytucje" replace /> },
      { path: 'instytucje', element: <InstitutionsPage /> },
      { path: 'instytucje/nowa', element: <InstitutionFormPage /> },
      { path: 'instytucje/:id', element: <InstitutionFormPage /> },
      { path: 'osoby', element: <PeoplePage /> },
      { path: 'osoby/nowa', element: <PersonFormPage /> },
      { path: 'osoby/:id', element: <PersonFormPage /> },
      { path: 'terytorium', element: <TerritoryPage /> },
      { path: 'ustawienia', element: <SettingsPage /> },
      ...SECTIONS.filter((section) => !BUILT_SECTIONS.includes(section.path)).map((section) => ({
        path: section.path.slice(1),
        element: <ComingSoonPage titleKey={section.labelKey} />,
      })),
    ],
  },
]);

const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } } });

export function App() {
  const { i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'pl';
  const theme = useMemo(() => buildTheme(language), [language]);
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </ThemeProvider>
  );
}
