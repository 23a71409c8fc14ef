import Paper from '@mui/material/Paper';
import { useTheme } from '@mui/material/styles';
import Typography from '@mui/material/Typography';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { RATE_WINDOW_MS, type RateSample } from './accessRate';
import { rate } from './rateFormat';

const time = (epochMillis: number) => new Date(epochMillis).toLocaleTimeString();

/** Events per second over the samples' minutes, and the latest window by operation. */
export default function RateChart({ samples }: { samples: RateSample[] }) {
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
