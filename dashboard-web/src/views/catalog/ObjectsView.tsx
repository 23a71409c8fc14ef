import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { Paged } from '../../api/paged';
import { useGet } from '../../api/useGet';
import { hrefOf, useQueryState } from '../../shell/hashLocation';
import type { ViewProps } from '../../shell/routes';
import { formatBytes, formatWhen } from '../../sync/format';
import { SyncErrorState } from '../../sync/SyncErrorState';
import { OBJECT_STATES, OBJECTS_PATH, PROVIDERS, withQuery, type CatalogObject } from '../../sync/syncApi';
import { FilterForm, type FilterField } from '../../ui/FilterForm';
import { pageOf, PagedTable } from '../../ui/PagedTable';
import { EmptyState, LoadingState, ViewFrame } from '../../ui/states';

type Filter = 'provider' | 'account' | 'bucket' | 'prefix' | 'storageClass' | 'state';

const FILTERS: readonly FilterField<Filter>[] = [
  { name: 'provider', label: 'Provider', options: PROVIDERS },
  { name: 'account', label: 'Account' },
  { name: 'bucket', label: 'Bucket' },
  { name: 'prefix', label: 'Key prefix' },
  { name: 'storageClass', label: 'Storage class' },
  { name: 'state', label: 'State', options: OBJECT_STATES },
];

const QUERY_DEFAULTS = { provider: '', account: '', bucket: '', prefix: '', storageClass: '', state: '', page: '0', size: '20', sort: 'key,asc' };

/** The catalog's objects, filtered and paged by the address; each opens its detail. */
export default function ObjectsView({ title }: ViewProps) {
  const [query, setQuery] = useQueryState(QUERY_DEFAULTS);
  const { page, size } = pageOf(query);
  const filters = { provider: query.provider, account: query.account, bucket: query.bucket, prefix: query.prefix, storageClass: query.storageClass, state: query.state };
  const filtered = Object.values(filters).some((value) => value !== '');
  const { data, error, pending, reload } = useGet<Paged<CatalogObject>>(
    withQuery(OBJECTS_PATH, { ...filters, page: String(page), size: String(size), sort: query.sort }),
  );
  return (
    <ViewFrame title={title}>
      <FilterForm fields={FILTERS} values={filters} onApply={(values) => setQuery({ ...values, page: '0' })} />
      {error && <SyncErrorState error={error} what="the objects" onRetry={reload} pending={pending} />}
      {!data && !error && <LoadingState>Loading the catalog…</LoadingState>}
      {data && data.total === 0 && !filtered && (
        <EmptyState title="The catalog holds no objects yet">
          It fills as the sync service scans the configured buckets: see <Link href="#/cloud">Cloud status</Link> for their
          scans.
        </EmptyState>
      )}
      {data && data.total === 0 && filtered && <EmptyState title="No object matches these filters">Clear a filter to see more.</EmptyState>}
      {data && data.total > 0 && data.items.length === 0 && (
        <EmptyState title="No objects on this page">
          There are {data.total} objects; this page is past the last one.
        </EmptyState>
      )}
      {data && data.items.length > 0 && (
        <PagedTable data={data} pending={pending} onPage={(next, nextSize) => setQuery({ page: String(next), size: String(nextSize) })}>
          <Table size="small" aria-label="Objects">
            <TableHead>
              <TableRow>
                <TableCell>Key</TableCell>
                <TableCell>Provider</TableCell>
                <TableCell>Account / bucket</TableCell>
                <TableCell align="right">Size</TableCell>
                <TableCell>Class</TableCell>
                <TableCell>State</TableCell>
                <TableCell>Last modified</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {data.items.map((object) => (
                <TableRow key={object.objectId}>
                  <TableCell component="th" scope="row" sx={{ overflowWrap: 'anywhere' }}>
                    <Link href={hrefOf(`objects/${encodeURIComponent(object.objectId)}`)}>{object.key}</Link>
                  </TableCell>
                  <TableCell>{object.provider}</TableCell>
                  <TableCell>
                    {object.account} / {object.bucket}
                  </TableCell>
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>{formatBytes(object.sizeBytes)}</TableCell>
                  <TableCell>{object.storageClass ?? '—'}</TableCell>
                  <TableCell>{object.state}</TableCell>
                  <TableCell>{formatWhen(object.lastModified)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </PagedTable>
      )}
    </ViewFrame>
  );
}
