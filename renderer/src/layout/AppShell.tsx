import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Drawer from '@mui/material/Drawer';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { SECTIONS } from './navigation';

const DRAWER_WIDTH = 232;

export function AppShell() {
  const { t } = useTranslation();
  return (
    <Box sx={{ display: 'flex', minHeight: '100vh' }}>
      <AppBar position="fixed" sx={{ zIndex: (theme) => theme.zIndex.drawer + 1 }}>
        <Toolbar variant="dense">
          <Typography variant="h6" component="div" sx={{ fontWeight: 700 }}>
            {t('app.name')}
          </Typography>
          <Typography variant="body2" sx={{ ml: 2, opacity: 0.85 }}>
            {t('app.tagline')}
          </Typography>
        </Toolbar>
      </AppBar>
      <Drawer variant="permanent" sx={{ width: DRAWER_WIDTH, flexShrink: 0, '& .MuiDrawer-paper': { width: DRAWER_WIDTH } }}>
        <Toolbar variant="dense" />
        <Box component="nav" aria-label={t('app.name')}>
          <List dense>
            {SECTIONS.map((section) => (
              <ListItemButton key={section.path} component={NavLink} to={section.path} sx={{ '&.active': { bgcolor: 'action.selected', fontWeight: 600 } }}>
                <ListItemIcon sx={{ minWidth: 40 }}>{section.icon}</ListItemIcon>
                <ListItemText primary={t(section.labelKey)} />
              </ListItemButton>
            ))}
          </List>
        </Box>
      </Drawer>
      <Box component="main" sx={{ flexGrow: 1, p: 3, minWidth: 0 }}>
        <Toolbar variant="dense" />
        <Outlet />
      </Box>
    </Box>
  );
}
