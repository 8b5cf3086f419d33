import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { createHashRouter, Navigate, RouterProvider } from 'react-router';
import { FirstRunGate } from './features/firstRun/FirstRunWizard';
import { ComingSoonPage } from './features/placeholder/ComingSoonPage';
import { FEATURE_ROUTES } from './features/routes';
import { AppShell } from './layout/AppShell';
import { SECTIONS } from './layout/navigation';
import { buildTheme } from './theme/theme';

const BUILT_SECTIONS = new Set(FEATURE_ROUTES.map((route) => `/${route.path ?? ''}`));

// A hash router: the same URLs work from a file in Electron and over HTTP in the test harness.
const router = createHashRouter([
  {
    path: '/',
    element: <AppShell />,
    children: [
      { index: true, element: <Navigate to="/pulpit" replace /> },
      ...FEATURE_ROUTES,
      ...SECTIONS.filter((section) => !BUILT_SECTIONS.has(section.path)).map((section) => ({
        // Also the section's records (/wydarzenia/:id from the search) until its screens are built.
        path: `${section.path.slice(1)}/*`,
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
        <FirstRunGate>
          <RouterProvider router={router} />
        </FirstRunGate>
      </QueryClientProvider>
    </ThemeProvider>
  );
}
