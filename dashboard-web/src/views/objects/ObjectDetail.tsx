import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useGet } from '../../api/useGet';
import { formatBytes, formatWhen } from '../../sync/format';
import { SyncErrorState } from '../../sync/SyncErrorState';
import type { CatalogObject } from '../../sync/syncApi';
import { Facts } from '../../ui/Facts';
import { LoadingState } from '../../ui/states';
import { ObjectFindings } from './ObjectFindings';

const mono = (value: string | null | undefined) => (value ? <code>{value}</code> : <Typography component="span" color="text.secondary">not known</Typography>);

/** The object the gateway answers at `path`, with its location history and open findings. */
export function ObjectDetail({ path }: { path: string }) {
  const { data: object, error, pending, reload } = useGet<CatalogObject>(path);
  if (error) return <SyncErrorState error={error} what="the object" onRetry={reload} pending={pending} />;
  if (!object) return <LoadingState>Loading the object…</LoadingState>;
  return (
    <Stack spacing={3} data-object-id={object.objectId}>
      <Stack direction="row" useFlexGap spacing={2} sx={{ flexWrap: 'wrap' }}>
        <Facts
          title="Where it is"
          facts={[
            ['Location', <code data-testid="object-location">{object.location}</code>],
            ['Provider', object.provider],
            ['Account', object.account],
            ['Bucket', object.bucket],
            ['Key', <code>{object.key}</code>],
            ['Object id', <code>{object.objectId}</code>],
          ]}
        />
        <Facts
          title="What it is"
          facts={[
            ['Size', `${formatBytes(object.sizeBytes)} (${object.sizeBytes.toLocaleString('en')} bytes)`],
            ['Storage class', object.storageClass ?? '—'],
            ['State', object.state],
            ['ETag', mono(object.etag)],
            ['Version', mono(object.version)],
            ['Last modified', formatWhen(object.lastModified)],
            ['First seen', formatWhen(object.firstSeen)],
          ]}
        />
      </Stack>
      <Facts
        title="Checksums"
        facts={[
          ['MD5', mono(object.checksums?.md5)],
          ['CRC32C', mono(object.checksums?.crc32c)],
          ['SHA-256', mono(object.checksums?.sha256)],
        ]}
      />
      <LocationHistory object={object} />
      <ObjectFindings objectId={object.objectId} />
    </Stack>
  );
}

/** The locations the object left, oldest first, then where it is now. */
function LocationHistory({ object }: { object: CatalogObject }) {
  const history = object.history ?? [];
  return (
    <Paper variant="outlined" component="section" aria-label="Location history">
      <Typography variant="h6" component="h2" sx={{ px: 2, pt: 2 }}>
        Location history
      </Typography>
      <TableContainer>
        <Table size="small" aria-label="Location history">
          <TableHead>
            <TableRow>
              <TableCell>Location</TableCell>
              <TableCell>Class</TableCell>
              <TableCell>From</TableCell>
              <TableCell>Until</TableCell>
              <TableCell>Why it moved</TableCell>
              <TableCell>By</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {history.map((entry) => (
              <TableRow key={`${entry.location}@${entry.from}`}>
                <TableCell sx={{ overflowWrap: 'anywhere' }}>
                  <code>{entry.location}</code>
                </TableCell>
                <TableCell>{entry.storageClass ?? '—'}</TableCell>
                <TableCell>{formatWhen(entry.from)}</TableCell>
                <TableCell>{formatWhen(entry.until)}</TableCell>
                <TableCell>{entry.reason}</TableCell>
                <TableCell>{entry.actor ?? '—'}</TableCell>
              </TableRow>
            ))}
            <TableRow selected>
              <TableCell sx={{ overflowWrap: 'anywhere' }}>
                <code>{object.location}</code>
              </TableCell>
              <TableCell>{object.storageClass ?? '—'}</TableCell>
              <TableCell>{formatWhen(object.locatedAt ?? object.firstSeen)}</TableCell>
              <TableCell>now</TableCell>
              <TableCell colSpan={2}>{history.length === 0 ? 'where it was first seen' : 'current location'}</TableCell>
            </TableRow>
          </TableBody>
        </Table>
      </TableContainer>
    </Paper>
  );
}
