import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { lazy } from 'react';
import { HealthChip } from '../../platform/HealthChip';
import { ServicesTable } from '../../platform/ServicesTable';
import { POLL_INTERVAL_MS, usePlatformStatus } from '../../platform/usePlatformStatus';
import { ChartSlot } from '../../ui/ChartSlot';
import { ErrorState, LoadingState } from '../../ui/states';

const ServicesUpChart = lazy(() => import('../../platform/ServicesUpChart').then((module) => ({ default: module.ServicesUpChart })));

/** The health of the platform and of each of its services, as the gateway reports it. */
export function PlatformHealth() {
  const { status, error, pending, history, retry } = usePlatformStatus();
  return (
    <Stack spacing={2} component="section" aria-labelledby="platform-health">
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Typography variant="h5" component="h2" id="platform-health">
          Platform health
        </Typography>
        {status && <HealthChip health={status.status} size="medium" />}
      </Stack>
      {error && (
        <ErrorState error={error} fallbackTitle="Could not load the platform status" onRetry={retry} pending={pending}>
          {status && ' The table below shows the last status received.'}
        </ErrorState>
      )}
      {!status && !error && <LoadingState>Asking the gateway for the platform status…</LoadingState>}
      {status && (
        <>
          <Typography color="text.secondary">
            Checked at {new Date(status.checkedAt).toLocaleString()}; refreshes every {POLL_INTERVAL_MS / 1000} s.
          </Typography>
          <ServicesTable services={status.services} />
          <ChartSlot height={250}>
            <ServicesUpChart history={history} />
          </ChartSlot>
        </>
      )}
    </Stack>
  );
}
