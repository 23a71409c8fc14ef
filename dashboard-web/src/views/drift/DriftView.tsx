import type { Paged } from '../../api/paged';
import { useGet } from '../../api/useGet';
import { useQueryState } from '../../shell/hashLocation';
import type { ViewProps } from '../../shell/routes';
import { SyncErrorState } from '../../sync/SyncErrorState';
import { FINDING_KINDS, FINDING_STATES, FINDINGS_PATH, withQuery, type DriftFinding } from '../../sync/syncApi';
import { FilterForm, type FilterField } from '../../ui/FilterForm';
import { pageOf, PagedTable } from '../../ui/PagedTable';
import { EmptyState, LoadingState, ViewFrame } from '../../ui/states';
import { FindingsTable } from './FindingsTable';
import { useDecisions } from './useDecisions';

type Filter = 'state' | 'kind' | 'account' | 'bucket';

const FILTERS: readonly FilterField<Filter>[] = [
  { name: 'state', label: 'State', options: FINDING_STATES },
  { name: 'kind', label: 'Kind', options: FINDING_KINDS },
  { name: 'account', label: 'Account' },
  { name: 'bucket', label: 'Bucket' },
];

const QUERY_DEFAULTS = { state: '', kind: '', account: '', bucket: '', page: '0', size: '20', sort: 'detectedAt,desc' };

/** Differences between the catalog and the buckets, filtered and paged by the address; an operator decides each. */
export default function DriftView({ title }: ViewProps) {
  const [query, setQuery] = useQueryState(QUERY_DEFAULTS);
  const { page, size } = pageOf(query);
  const filters = { state: query.state, kind: query.kind, account: query.account, bucket: query.bucket };
  const filtered = Object.values(filters).some((value) => value !== '');
  const { data, error, pending, reload } = useGet<Paged<DriftFinding>>(
    withQuery(FINDINGS_PATH, { ...filters, page: String(page), size: String(size), sort: query.sort }),
  );
  const decisions = useDecisions(reload);
  return (
    <ViewFrame title={title}>
      <FilterForm fields={FILTERS} values={filters} onApply={(values) => setQuery({ ...values, page: '0' })} />
      {decisions.ui}
      {error && <SyncErrorState error={error} what="the drift findings" onRetry={reload} pending={pending} />}
      {!data && !error && <LoadingState>Loading the drift findings…</LoadingState>}
      {data && data.total === 0 && (
        <EmptyState title={filtered ? 'No finding matches these filters' : 'No drift found'}>
          {filtered
            ? 'Clear a filter to see more.'
            : 'Every completed scan found the buckets as the catalog holds them, or no scan has completed yet.'}
        </EmptyState>
      )}
      {data && data.total > 0 && data.items.length === 0 && (
        <EmptyState title="No findings on this page">There are {data.total} findings; this page is past the last one.</EmptyState>
      )}
      {data && data.items.length > 0 && (
        <PagedTable data={data} pending={pending} onPage={(next, nextSize) => setQuery({ page: String(next), size: String(nextSize) })}>
          <FindingsTable findings={data.items} onDecide={decisions.ask} />
        </PagedTable>
      )}
    </ViewFrame>
  );
}
