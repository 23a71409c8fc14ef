import LogoutOutlined from '@mui/icons-material/LogoutOutlined';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Drawer from '@mui/material/Drawer';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { Suspense } from 'react';
import { useAuth, useMe } from '../auth/AuthContext';
import { includes } from '../auth/roles';
import { LiveIndicator } from '../live/LiveIndicator';
import { EmptyState, LoadingState, ViewFrame } from '../ui/states';
import { useHashLocation } from './hashLocation';
import { routeAt, routes, type RouteMatch } from './routes';
import { ThemeToggle } from './ThemeToggle';
import { ViewErrorBoundary } from './ViewErrorBoundary';

const drawerWidth = 220;

/** The signed-in dashboard: app bar, navigation drawer, and the view the location names. */
export function Frame() {
  const me = useMe();
  const { signOut } = useAuth();
  const { path } = useHashLocation();
  const match = routeAt(path);
  const visible = routes.filter((route) => !route.role || includes(me.role, route.role));
  return (
    <Box sx={{ display: 'flex' }}>
      <AppBar position="fixed" sx={{ zIndex: (theme) => theme.zIndex.drawer + 1 }}>
        <Toolbar sx={{ gap: 2 }}>
          <Typography variant="h6" component="div" noWrap sx={{ flexGrow: 1 }}>
            CloudFlux
          </Typography>
          <LiveIndicator />
          <Stack sx={{ alignItems: 'flex-end' }} aria-label="Signed in as">
            <Typography variant="body2" noWrap>
              {me.name}
            </Typography>
            <Typography variant="caption" noWrap data-role={me.role}>
              {me.role}
            </Typography>
          </Stack>
          <ThemeToggle />
          <Button color="inherit" startIcon={<LogoutOutlined />} onClick={signOut}>
            Sign out
          </Button>
        </Toolbar>
      </AppBar>
      <Drawer
        variant="permanent"
        sx={{ width: drawerWidth, flexShrink: 0, '& .MuiDrawer-paper': { width: drawerWidth, boxSizing: 'border-box' } }}
      >
        <Toolbar />
        <List component="nav" aria-label="Views">
          {visible.map((route) => {
            const current = route === match?.route;
            const Icon = route.icon;
            return (
              <ListItemButton key={route.id} component="a" href={`#/${route.id}`} selected={current} aria-current={current ? 'page' : undefined}>
                <ListItemIcon sx={{ minWidth: 36 }}>
                  <Icon fontSize="small" />
                </ListItemIcon>
                <ListItemText primary={route.title} />
              </ListItemButton>
            );
          })}
        </List>
      </Drawer>
      <Box component="main" sx={{ flexGrow: 1, minWidth: 0, p: 3 }}>
        <Toolbar />
        <CurrentView match={match} />
      </Box>
    </Box>
  );
}

function CurrentView({ match }: { match: RouteMatch | undefined }) {
  const me = useMe();
  if (!match) {
    return (
      <EmptyState title="No such view">
        Nothing lives at this address. <a href={`#/${routes[0].id}`}>Open the {routes[0].title}</a>.
      </EmptyState>
    );
  }
  const { route, params } = match;
  if (route.role && !includes(me.role, route.role)) {
    return (
      <ViewFrame title={route.title}>
        <EmptyState title="Not available to your role">
          The {route.title} view needs the {route.role} role; you are signed in as {me.role}.
        </EmptyState>
      </ViewFrame>
    );
  }
  const View = route.view;
  return (
    <ViewErrorBoundary key={route.id}>
      <Suspense fallback={<LoadingState>Loading the {route.title} view…</LoadingState>}>
        <View title={route.title} params={params} />
      </Suspense>
    </ViewErrorBoundary>
  );
}
