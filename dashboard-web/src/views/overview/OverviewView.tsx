import Box from '@mui/material/Box';
import type { ViewProps } from '../../shell/routes';
import { ViewFrame } from '../../ui/states';
import { EventRate } from './EventRate';
import { PlatformHealth } from './PlatformHealth';

/** What the platform is doing now: its health and the live event rate. Later services add their summaries here. */
export default function OverviewView({ title }: ViewProps) {
  return (
    <ViewFrame title={title}>
      <Box sx={{ display: 'grid', gap: 3, alignItems: 'start', gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: 'minmax(0, 7fr) minmax(0, 5fr)' } }}>
        <PlatformHealth />
        <EventRate />
      </Box>
    </ViewFrame>
  );
}
