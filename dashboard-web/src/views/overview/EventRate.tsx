import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { lazy } from 'react';
import { useLiveStatus } from '../../live/LiveProvider';
import { ChartSlot } from '../../ui/ChartSlot';
import { LoadingState } from '../../ui/states';
import { useAccessRate } from './accessRate';
import { rate } from './rateFormat';

const RateChart = lazy(() => import('./RateChart'));

/** Access events per second across the platform, from the live channel: the last minutes, then live. */
export function EventRate() {
  const samples = useAccessRate();
  const status = useLiveStatus();
  const latest = samples.at(-1);
  return (
    <Stack spacing={2} component="section" aria-labelledby="event-rate">
      <Stack direction="row" spacing={2} sx={{ alignItems: 'baseline' }}>
        <Typography variant="h5" component="h2" id="event-rate">
          Live event rate
        </Typography>
        {latest && (
          <Typography variant="h6" component="p" data-testid="events-per-second">
            {rate.format(latest.eventsPerSecond)} events/s
          </Typography>
        )}
      </Stack>
      {status === 'disconnected' && (
        <Alert severity="warning">
          The live channel is disconnected and reconnects by itself.
          {latest ? ' The chart shows what arrived before it dropped.' : ' No event rate has arrived yet.'}
        </Alert>
      )}
      {!latest && status !== 'disconnected' && <LoadingState>Waiting for the event rate on the live channel…</LoadingState>}
      {latest && (
        <ChartSlot height={290}>
          <RateChart samples={samples} />
        </ChartSlot>
      )}
    </Stack>
  );
}
