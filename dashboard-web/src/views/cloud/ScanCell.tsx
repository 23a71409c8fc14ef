import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { formatBytes, formatCount, formatSpan, formatWhen } from '../../sync/format';
import type { BucketStatus, ScanRun } from '../../sync/syncApi';

const running = (bucket: BucketStatus) => bucket.scans.filter((run) => run.state === 'RUNNING');

export const isScanning = (bucket: BucketStatus) => running(bucket).length > 0;

/** A bucket's scans: the progress of each running one, then the last completed one, or that none has completed. */
export function ScanCell({ bucket }: { bucket: BucketStatus }) {
  const failed = bucket.scans.filter((run) => run.state === 'FAILED' || run.state === 'ABANDONED');
  return (
    <Stack spacing={0.5} sx={{ minWidth: 240 }}>
      {running(bucket).map((run) => (
        <RunningScan key={run.id} run={run} />
      ))}
      {bucket.lastCompleted ? (
        <Typography variant="body2" data-testid="last-scan">
          Last completed {formatWhen(bucket.lastCompleted.finishedAt)} in {formatSpan(bucket.lastCompleted.startedAt, bucket.lastCompleted.finishedAt)}:{' '}
          {formatCount(bucket.lastCompleted.objectsSeen)} objects ({formatBytes(bucket.lastCompleted.bytesSeen)}), {counts(bucket.lastCompleted)}
        </Typography>
      ) : (
        <Typography variant="body2" color="text.secondary">
          No completed scan yet
        </Typography>
      )}
      {failed.map((run) => (
        <Typography key={run.id} variant="body2" color="error">
          {run.state === 'FAILED' ? 'Failed' : 'Abandoned'} {run.prefix && `(${run.prefix}) `}
          {formatWhen(run.updatedAt ?? run.startedAt)}
          {run.lastError && `: ${run.lastError}`}
        </Typography>
      ))}
    </Stack>
  );
}

function RunningScan({ run }: { run: ScanRun }) {
  return (
    <Stack spacing={0.25} data-testid="running-scan">
      <Typography variant="body2">
        <strong>Scanning</strong> {run.prefix && <code>{run.prefix}</code>} ({run.mode.toLowerCase()}): {formatCount(run.objectsSeen)} objects,{' '}
        {formatCount(run.pages)} pages, {run.objectsPerSecond} objects/s
      </Typography>
      <LinearProgress aria-label={`Scan ${run.id} running`} />
    </Stack>
  );
}

const counts = (run: ScanRun) =>
  `${formatCount(run.objectsNew)} new, ${formatCount(run.objectsChanged)} changed, ${formatCount(run.objectsMissing)} missing` +
  (run.leftovers > 0 ? `, ${formatCount(run.leftovers)} leftovers` : '') +
  (run.errors > 0 ? `, ${formatCount(run.errors)} errors` : '');
