import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Drawer from '@mui/material/Drawer';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { pages } from './pages';
import { useCurrentPage } from './useCurrentPage';

const drawerWidth = 220;

/** The dashboard's frame: app bar, navigation drawer, and the current page. */
export function App() {
  const current = useCurrentPage();
  const CurrentPage = current.component;
  return (
    <Box sx={{ display: 'flex' }}>
      <AppBar position="fixed" sx={{ zIndex: (theme) => theme.zIndex.drawer + 1 }}>
        <Toolbar>
          <Typography variant="h6" component="div" noWrap>
            CloudFlux
          </Typography>
        </Toolbar>
      </AppBar>
      <Drawer
        variant="permanent"
        sx={{ width: drawerWidth, flexShrink: 0, '& .MuiDrawer-paper': { width: drawerWidth, boxSizing: 'border-box' } }}
      >
        <Toolbar />
        <List component="nav" aria-label="Pages">
          {pages.map((page) => (
            <ListItemButton
              key={page.id}
              component="a"
              href={`#/${page.id}`}
              selected={page === current}
              aria-current={page === current ? 'page' : undefined}
            >
              <ListItemText primary={page.title} />
            </ListItemButton>
          ))}
        </List>
      </Drawer>
      <Box component="main" sx={{ flexGrow: 1, minWidth: 0, p: 3 }}>
        <Toolbar />
        <CurrentPage />
      </Box>
    </Box>
  );
}
