import Alert from '@mui/material/Alert';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useEffect, useState } from 'react';
import { useGet } from '../../api/useGet';
import { useLiveSubscription } from '../../live/LiveProvider';
import type { ViewProps } from '../../shell/routes';
import { SyncErrorState } from '../../sync/SyncErrorState';
import { CLOUDS_PATH, scanNow, type BucketStatus, type CloudAccount } from '../../sync/syncApi';
import { EmptyState, LoadingState, ViewFrame } from '../../ui/states';
import { BucketsTable } from './BucketsTable';
import { isScanning } from './ScanCell';

/** How often the view asks again while a scan runs. */
export const SCAN_POLL_MILLIS = 3000;

type Feedback = { severity: 'success' | 'error'; text: string };

/** Each configured cloud account and its buckets: reachability, what the catalog holds, scans and open findings. */
export default function CloudStatusView({ title }: ViewProps) {
  const { data, error, pending, reload } = useGet<{ items: CloudAccount[] }>(CLOUDS_PATH);
  const [starting, setStarting] = useState<ReadonlySet<string>>(new Set());
  const [feedback, setFeedback] = useState<Feedback>();
  const scanning = data?.items.some((account) => account.buckets.some(isScanning)) ?? false;

  useEffect(() => {
    if (!scanning) return;
    const timer = setInterval(reload, SCAN_POLL_MILLIS);
    return () => clearInterval(timer);
  }, [scanning, reload]);
  // A finding is opened or closed: the counts changed. The stream may be silent; polling covers running scans.
  useLiveSubscription('/topic/drift', reload);

  const scan = async (account: CloudAccount, bucket: BucketStatus) => {
    const scope = `${account.name}/${bucket.name}`;
    setStarting((previous) => new Set(previous).add(scope));
    setFeedback(undefined);
    try {
      const { runs } = await scanNow(account.name, bucket.name);
      setFeedback({ severity: 'success', text: `Scan of ${scope} started: ${runs.map((run) => `run ${run.id} ${run.state.toLowerCase()}`).join(', ')}.` });
      reload();
    } catch (cause) {
      const reason = cause instanceof Error ? cause.message : String(cause);
      setFeedback({ severity: 'error', text: `Could not start a scan of ${scope}: ${reason}` });
    } finally {
      setStarting((previous) => {
        const next = new Set(previous);
        next.delete(scope);
        return next;
      });
    }
  };

  return (
    <ViewFrame title={title}>
      {feedback && (
        <Alert severity={feedback.severity} onClose={() => setFeedback(undefined)} role="status">
          {feedback.text}
        </Alert>
      )}
      {error && <SyncErrorState error={error} what="the clouds" onRetry={reload} pending={pending} />}
      {!data && !error && <LoadingState>Probing each configured bucket…</LoadingState>}
      {data && data.items.length === 0 && (
        <EmptyState title="No clouds configured">
          The sync service has no cloud account configured (<code>cloudflux.clouds</code>), so there is nothing to scan
          or show.
        </EmptyState>
      )}
      {data?.items.map((account) => (
        <Paper key={account.name} variant="outlined" component="section" aria-label={`Account ${account.name}`} data-account={account.name}>
          <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', px: 2, pt: 2, pb: 1, flexWrap: 'wrap' }}>
            <Typography variant="h6" component="h2">
              {account.name}
            </Typography>
            <Chip size="small" label={account.provider} data-testid="provider" />
            {account.region && <Typography color="text.secondary">{account.region}</Typography>}
            {account.endpoint && (
              <Typography color="text.secondary" sx={{ fontFamily: 'monospace', fontSize: '0.85rem' }}>
                {account.endpoint}
              </Typography>
            )}
          </Stack>
          {account.buckets.length === 0 ? (
            <Typography sx={{ px: 2, pb: 2 }} color="text.secondary">
              No bucket configured for this account.
            </Typography>
          ) : (
            <BucketsTable account={account} starting={starting} onScan={(bucket) => void scan(account, bucket)} />
          )}
        </Paper>
      ))}
    </ViewFrame>
  );
}
