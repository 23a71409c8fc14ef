import Alert from '@mui/material/Alert';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import { useTheme } from '@mui/material/styles';
import Typography from '@mui/material/Typography';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useLiveStatus } from '../../live/LiveProvider';
import { LoadingState } from '../../ui/states';
import { RATE_WINDOW_MS, useAccessRate, type RateSample } from './accessRate';

const rate = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });
const time = (epochMillis: number) => new Date(epochMillis).toLocaleTimeString();

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
      {latest && <RateChart samples={samples} />}
    </Stack>
  );
}

function RateChart({ samples }: { samples: RateSample[] }) {
  const theme = useTheme();
  const latest = samples.at(-1);
  const operations = Object.entries(latest?.byOperation ?? {}).filter(([, count]) => count > 0);
  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Typography variant="subtitle1" component="h3" gutterBottom>
        Events per second, last {RATE_WINDOW_MS / 60_000} minutes
      </Typography>
      <ResponsiveContainer width="100%" height={200}>
        <LineChart data={samples} margin={{ top: 8, right: 16, bottom: 0, left: -16 }}>
          <CartesianGrid strokeDasharray="3 3" stroke={theme.palette.divider} />
          <XAxis
            dataKey="at"
            type="number"
            scale="time"
            domain={['dataMin', 'dataMax']}
            tickFormatter={time}
            minTickGap={48}
            stroke={theme.palette.text.secondary}
          />
          <YAxis allowDecimals={false} domain={[0, 'auto']} stroke={theme.palette.text.secondary} />
          <Tooltip labelFormatter={(label) => time(Number(label))} formatter={(value) => [`${rate.format(Number(value))} events/s`, 'rate']} />
          <Line type="monotone" dataKey="eventsPerSecond" stroke={theme.palette.primary.main} dot={false} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
      <Typography variant="body2" color="text.secondary">
        {operations.length === 0
          ? 'No access events in the latest window.'
          : `Latest window by operation: ${operations.map(([operation, count]) => `${operation} ${count}`).join(', ')}.`}
      </Typography>
    </Paper>
  );
}
