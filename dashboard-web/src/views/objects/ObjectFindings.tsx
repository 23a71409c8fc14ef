import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { Paged } from '../../api/paged';
import { useGet } from '../../api/useGet';
import { SyncErrorState } from '../../sync/SyncErrorState';
import { FINDINGS_PATH, withQuery, type DriftFinding } from '../../sync/syncApi';
import { LoadingState } from '../../ui/states';
import { FindingsTable } from '../drift/FindingsTable';
import { useDecisions } from '../drift/useDecisions';

/** The open drift findings about one object, decided here as in the findings list. */
export function ObjectFindings({ objectId }: { objectId: string }) {
  const { data, error, pending, reload } = useGet<Paged<DriftFinding>>(withQuery(FINDINGS_PATH, { objectId, state: 'OPEN', size: '50' }));
  const decisions = useDecisions(reload);
  return (
    <Paper variant="outlined" component="section" aria-label="Open drift findings" sx={{ pb: 1 }}>
      <Typography variant="h6" component="h2" sx={{ px: 2, pt: 2, pb: 1 }}>
        Open drift findings
      </Typography>
      {decisions.ui}
      {error && <SyncErrorState error={error} what="the object's findings" onRetry={reload} pending={pending} />}
      {!data && !error && <LoadingState>Loading its findings…</LoadingState>}
      {data && data.items.length === 0 && (
        <Typography sx={{ px: 2 }} color="text.secondary">
          None: the last scans found it as the catalog holds it.
        </Typography>
      )}
      {data && data.items.length > 0 && <FindingsTable findings={data.items} onDecide={decisions.ask} />}
    </Paper>
  );
}
