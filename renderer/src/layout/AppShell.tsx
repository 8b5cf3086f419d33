import HelpOutlineIcon from '@mui/icons-material/HelpOutlineOutlined';
import SearchIcon from '@mui/icons-material/Search';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Drawer from '@mui/material/Drawer';
import IconButton from '@mui/material/IconButton';
import LinearProgress from '@mui/material/LinearProgress';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Toolbar from '@mui/material/Toolbar';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useIsFetching, useIsMutating, useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, NavLink, Outlet, useNavigate } from 'react-router';
import { call } from '../api/client';
import { SearchDialog } from '../features/search/SearchDialog';
import { SECTIONS } from './navigation';
import { DATABASE_ENGINE_NAMES } from '../../../preload/contract';

const DRAWER_WIDTH = 232;

/** Ctrl+K opens the global search, F1 the shortcuts (in Electron the menu's F1 shows them too). */
function useGlobalKeys(openSearch: () => void) {
  const navigate = useNavigate();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        openSearch();
      } else if (event.key === 'F1') {
        event.preventDefault();
        void navigate('/pomoc');
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [navigate, openSearch]);
}

/** A thin bar over the app bar while data load or save; it shows only after half a second, so quick answers do not flicker. */
function ActivityBar() {
  const { t } = useTranslation();
  const busy = useIsFetching() + useIsMutating() > 0;
  if (!busy) return null;
  return (
    <LinearProgress
      aria-label={t('shell.loading')}
      sx={{
        position: 'fixed',
        top: 0,
        left: 0,
        right: 0,
        zIndex: (theme) => theme.zIndex.drawer + 2,
        visibility: 'hidden',
        animation: 'kooperator-show 0s linear 500ms forwards',
        '@keyframes kooperator-show': { to: { visibility: 'visible' } },
      }}
    />
  );
}

/** Which database this window works on: the engine, and for a shared server its address (never a password). */
function DatabaseBadge() {
  const { t } = useTranslation();
  const connection = useQuery({ queryKey: ['connection'], queryFn: () => call('connection.get', undefined), staleTime: Infinity });
  const current = connection.data?.current;
  if (!current) return null;
  const text = current.engine === 'sqlite' ? t('connection.badgeSqlite') : t('connection.badgePostgres', { location: current.location });
  return (
    <Tooltip title={t('connection.current', { engine: DATABASE_ENGINE_NAMES[current.engine], location: current.location })}>
      <Typography variant="caption" sx={{ mr: 1, opacity: 0.85 }} noWrap data-testid="database-badge">
        {text}
      </Typography>
    </Tooltip>
  );
}

export function AppShell() {
  const { t } = useTranslation();
  const [searching, setSearching] = useState(false);
  const openSearch = useCallback(() => setSearching(true), []);
  useGlobalKeys(openSearch);
  const office = useQuery({ queryKey: ['office'], queryFn: () => call('office.get', undefined), staleTime: Infinity });
  const mainRef = useRef<HTMLElement>(null);
  return (
    <Box sx={{ display: 'flex', minHeight: '100vh' }}>
      {/* The first stop of Tab: past the bar and the menu, to the screen itself. The address keeps its route (a hash router). */}
      <Box
        component="a"
        href="#tresc"
        onClick={(event: React.MouseEvent) => {
          event.preventDefault();
          mainRef.current?.focus();
        }}
        sx={{
          position: 'fixed',
          top: 8,
          left: 8,
          zIndex: (theme) => theme.zIndex.tooltip + 1,
          px: 2,
          py: 1,
          bgcolor: 'background.paper',
          color: 'primary.main',
          fontWeight: 600,
          borderRadius: 1,
          boxShadow: 3,
          transform: 'translateY(-200%)',
          '&:focus': { transform: 'none', outline: (theme) => `2px solid ${theme.palette.primary.main}` },
        }}
      >
        {t('app.skipToContent')}
      </Box>
      <ActivityBar />
      <AppBar position="fixed" sx={{ zIndex: (theme) => theme.zIndex.drawer + 1 }}>
        <Toolbar variant="dense">
          <Typography variant="h6" component="div" sx={{ fontWeight: 700 }}>
            {t('app.name')}
          </Typography>
          <Typography variant="body2" sx={{ ml: 2, opacity: 0.85, flexGrow: 1 }} noWrap>
            {office.data?.name ?? t('app.tagline')}
          </Typography>
          <DatabaseBadge />
          <Tooltip title={t('search.open')}>
            <IconButton color="inherit" aria-label={t('search.open')} aria-keyshortcuts="Control+K" onClick={openSearch}>
              <SearchIcon />
            </IconButton>
          </Tooltip>
          <Tooltip title={t('help.open')}>
            <IconButton color="inherit" aria-label={t('help.open')} aria-keyshortcuts="F1" component={RouterLink} to="/pomoc">
              <HelpOutlineIcon />
            </IconButton>
          </Tooltip>
        </Toolbar>
      </AppBar>
      <SearchDialog open={searching} onClose={() => setSearching(false)} />
      <Drawer variant="permanent" sx={{ width: DRAWER_WIDTH, flexShrink: 0, '& .MuiDrawer-paper': { width: DRAWER_WIDTH } }}>
        <Toolbar variant="dense" />
        <Box component="nav" aria-label={t('app.name')}>
          <List dense>
            {SECTIONS.map((section) => (
              <ListItem key={section.path} disablePadding>
                <ListItemButton component={NavLink} to={section.path} sx={{ '&.active': { bgcolor: 'action.selected', fontWeight: 600 } }}>
                  <ListItemIcon sx={{ minWidth: 40 }}>{section.icon}</ListItemIcon>
                  <ListItemText primary={t(section.labelKey)} />
                </ListItemButton>
              </ListItem>
            ))}
          </List>
        </Box>
      </Drawer>
      <Box component="main" id="tresc" ref={mainRef} tabIndex={-1} sx={{ flexGrow: 1, p: 3, minWidth: 0, '&:focus': { outline: 'none' } }}>
        <Toolbar variant="dense" />
        <Outlet />
      </Box>
    </Box>
  );
}
