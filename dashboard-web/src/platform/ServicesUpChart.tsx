import Paper from '@mui/material/Paper';
import { useTheme } from '@mui/material/styles';
import Typography from '@mui/material/Typography';
import { Area, AreaChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { UpSample } from './usePlatformStatus';

const time = (epochMillis: number) => new Date(epochMillis).toLocaleTimeString();

/** How many services were up at each check this page has made. */
export function ServicesUpChart({ history }: { history: UpSample[] }) {
  const theme = useTheme();
  const total = Math.max(0, ...history.map((sample) => sample.total));
  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Typography variant="subtitle1" component="h2" gutterBottom>
        Services up, since this page opened
      </Typography>
      <ResponsiveContainer width="100%" height={180}>
        <AreaChart data={history} margin={{ top: 8, right: 16, bottom: 0, left: -16 }}>
          <CartesianGrid strokeDasharray="3 3" stroke={theme.palette.divider} />
          <XAxis
            dataKey="checkedAt"
            type="number"
            scale="time"
            domain={['dataMin', 'dataMax']}
            tickFormatter={time}
            minTickGap={48}
            stroke={theme.palette.text.secondary}
          />
          <YAxis domain={[0, total]} allowDecimals={false} stroke={theme.palette.text.secondary} />
          <Tooltip labelFormatter={(label) => time(Number(label))} formatter={(up) => [up, 'services up']} />
          <Area
            type="stepAfter"
            dataKey="up"
            stroke={theme.palette.success.main}
            fill={theme.palette.success.main}
            fillOpacity={0.2}
            isAnimationActive={false}
          />
        </AreaChart>
      </ResponsiveContainer>
    </Paper>
  );
}
