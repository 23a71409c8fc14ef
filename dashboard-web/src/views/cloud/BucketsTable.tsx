import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useHasRole } from '../../auth/RequireRole';
import { hrefOf } from '../../shell/hashLocation';
import { formatBytes, formatCount, formatRate, formatSchedule } from '../../sync/format';
import type { BucketStatus, CloudAccount } from '../../sync/syncApi';
import { isScanning, ScanCell } from './ScanCell';

/** The buckets of one account; a bucket's name opens its objects, its open findings open the findings list. */
export function BucketsTable({ account, starting, onScan }: { account: CloudAccount; starting: ReadonlySet<string>; onScan: (bucket: BucketStatus) => void }) {
  const mayScan = useHasRole('OPERATOR');
  const scope = (bucket: BucketStatus, extra: Record<string, string> = {}) =>
    new URLSearchParams({ account: account.name, bucket: bucket.name, ...extra });
  return (
    <TableContainer>
      <Table size="small" aria-label={`Buckets of ${account.name}`}>
        <TableHead>
          <TableRow>
            <TableCell>Bucket</TableCell>
            <TableCell>Reachable</TableCell>
            <TableCell align="right">Objects</TableCell>
            <TableCell align="right">Size</TableCell>
            <TableCell align="right">Missing</TableCell>
            <TableCell>Scans</TableCell>
            <TableCell align="right">Scan errors (24 h)</TableCell>
            <TableCell align="right">Open findings</TableCell>
            <TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {account.buckets.map((bucket) => (
            <TableRow key={bucket.name} data-bucket={bucket.name}>
              <TableCell component="th" scope="row">
                <Link href={hrefOf('catalog', scope(bucket))}>{bucket.name}</Link>
                <Typography variant="caption" component="div" color="text.secondary">
                  {bucket.prefixes.filter((prefix) => prefix !== '').join(', ') || 'whole bucket'} · {formatSchedule(bucket.scanEvery)}
                </Typography>
              </TableCell>
              <TableCell>
                {bucket.reachable ? (
                  <Chip size="small" color="success" label={bucket.latencyMillis === null ? 'Yes' : `Yes · ${bucket.latencyMillis} ms`} />
                ) : (
                  <Tooltip title={bucket.probeError ?? ''}>
                    <Chip size="small" color="error" label="No" />
                  </Tooltip>
                )}
                {!bucket.reachable && bucket.probeError && (
                  <Typography variant="caption" component="div" color="error" sx={{ maxWidth: 220, overflowWrap: 'anywhere' }}>
                    {bucket.probeError}
                  </Typography>
                )}
              </TableCell>
              <TableCell align="right">{formatCount(bucket.objects)}</TableCell>
              <TableCell align="right">{formatBytes(bucket.bytes)}</TableCell>
              <TableCell align="right">{formatCount(bucket.missing)}</TableCell>
              <TableCell>
                <ScanCell bucket={bucket} />
              </TableCell>
              <TableCell align="right">{formatRate(bucket.scanErrorRate)}</TableCell>
              <TableCell align="right">
                <Link href={hrefOf('drift', scope(bucket, { state: 'OPEN' }))} aria-label={`Open findings of ${bucket.name}`}>
                  {formatCount(bucket.openFindings)}
                </Link>
              </TableCell>
              <TableCell align="right">
                <Button
                  size="small"
                  variant="outlined"
                  disabled={!mayScan || isScanning(bucket)}
                  loading={starting.has(`${account.name}/${bucket.name}`)}
                  onClick={() => onScan(bucket)}
                  data-write-control
                  aria-label={`Scan ${bucket.name} now`}
                  sx={{ whiteSpace: 'nowrap' }}
                >
                  Scan now
                </Button>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
