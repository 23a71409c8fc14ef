import Chip from '@mui/material/Chip';
import Box from '@mui/material/Box';
import { useLiveStatus } from './LiveProvider';
import type { LiveStatus } from './liveConnection';

const looks: Record<LiveStatus, { label: string; color: string }> = {
  connected: { label: 'Live: connected', color: 'success.main' },
  connecting: { label: 'Live: connecting', color: 'warning.main' },
  disconnected: { label: 'Live: disconnected', color: 'error.main' },
};

/** The live channel's status in the app bar: a coloured dot and the word. */
export function LiveIndicator() {
  const status = useLiveStatus();
  const { label, color } = looks[status];
  return (
    <Chip
      role="status"
      aria-live="polite"
      data-live-status={status}
      label={label}
      size="small"
      variant="outlined"
      icon={<Box component="span" sx={{ width: 10, height: 10, borderRadius: '50%', bgcolor: color, ml: 1 }} />}
      sx={{ color: 'inherit', borderColor: 'currentColor' }}
    />
  );
}
