import Chip, { type ChipProps } from '@mui/material/Chip';
import type { PlatformHealth, ServiceHealth } from './platformApi';

const colors: Record<PlatformHealth | ServiceHealth, ChipProps['color']> = {
  UP: 'success',
  DEGRADED: 'warning',
  DOWN: 'error',
  UNKNOWN: 'default',
};

/** The health of a service or of the platform as a coloured chip. */
export function HealthChip({ health, size = 'small' }: { health: PlatformHealth | ServiceHealth; size?: ChipProps['size'] }) {
  return <Chip label={health} color={colors[health]} size={size} sx={{ fontWeight: 600 }} />;
}
