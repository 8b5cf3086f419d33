import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { createHashRouter, Navigate, RouterProvider } from 'react-router';
import { NoticeProvider } from './components/Notice';
import { FirstRunGate } from './features/firstRun/FirstRunWizard';
import { FEATURE_ROUTES } from './features/routes';
import { AppShell } from './layout/AppShell';
import { NotFoundPage } from './layout/NotFoundPage';
import { buildTheme } from './theme/theme';

// A hash router: the same URLs work from a file in Electron and over HTTP in the test harness.
const router = createHashRouter([
  {
    path: '/',
    element: <AppShell />,
    children: [
      { index: true, element: <Navigate to="/pulpit" replace /> },
      ...FEATURE_ROUTES,
      { path: '*', element: <NotFoundPage /> },
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
        <NoticeProvider>
          <FirstRunGate>
            <RouterProvider router={router} />
          </FirstRunGate>
        </NoticeProvider>
      </QueryClientProvider>
    </ThemeProvider>
  );
}
