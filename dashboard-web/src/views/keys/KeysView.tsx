import AddOutlined from '@mui/icons-material/AddOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import { useState } from 'react';
import { pageQuery, type Paged } from '../../api/paged';
import { useGet } from '../../api/useGet';
import { RequireRole } from '../../auth/RequireRole';
import { useQueryState } from '../../shell/hashLocation';
import type { ViewProps } from '../../shell/routes';
import { EmptyState, ErrorState, LoadingState, ViewFrame } from '../../ui/states';
import { CreateKeyDialog } from './CreateKeyDialog';
import { KEYS_PATH, type ApiKey } from './keysApi';
import { KeysTable, parseSort } from './KeysTable';
import { RevokeKeyDialog } from './RevokeKeyDialog';

const QUERY_DEFAULTS = { page: '0', size: '20', sort: 'createdAt,desc' };

/** The API keys of the gateway: who has one, with which role, and when it was last used; an admin creates and revokes them. */
export default function KeysView({ title }: ViewProps) {
  const [query, setQuery] = useQueryState(QUERY_DEFAULTS);
  const page = Math.max(0, Number.parseInt(query.page, 10) || 0);
  const size = Math.max(1, Number.parseInt(query.size, 10) || 20);
  const { data, error, pending, reload } = useGet<Paged<ApiKey>>(`${KEYS_PATH}?${pageQuery({ page, size, sort: query.sort })}`);
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<ApiKey>();
  const afterChange = (changed: boolean) => {
    if (changed) reload();
  };

  return (
    <ViewFrame
      title={title}
      aside={
        <RequireRole role="ADMIN">
          <Box sx={{ flexGrow: 1 }} />
          <Button variant="contained" startIcon={<AddOutlined />} onClick={() => setCreating(true)} data-write-control>
            Create key
          </Button>
        </RequireRole>
      }
    >
      {error && <ErrorState error={error} fallbackTitle="Could not load the API keys" onRetry={reload} pending={pending} />}
      {!data && !error && <LoadingState>Loading the API keys…</LoadingState>}
      {data && data.total === 0 && <EmptyState title="No API keys">Create one for each person or program that calls the gateway.</EmptyState>}
      {data && data.total > 0 && data.items.length === 0 && (
        <EmptyState title="No API keys on this page">
          There are {data.total} keys; this page is past the last one. <a href="#/keys">Show the first page</a>.
        </EmptyState>
      )}
      {data && data.items.length > 0 && (
        <Box>
          <LinearProgress sx={{ visibility: pending ? 'visible' : 'hidden' }} aria-hidden={!pending} />
          <KeysTable
            keys={data}
            sort={parseSort(query.sort)}
            onSort={(sort) => setQuery({ sort: `${sort.field},${sort.direction}`, page: '0' })}
            onPage={(nextPage, nextSize) => setQuery({ page: String(nextPage), size: String(nextSize) })}
            onRevoke={setRevoking}
          />
        </Box>
      )}
      <CreateKeyDialog
        open={creating}
        onClose={(created) => {
          setCreating(false);
          afterChange(created);
        }}
      />
      <RevokeKeyDialog
        apiKey={revoking}
        onClose={(revoked) => {
          setRevoking(undefined);
          afterChange(revoked);
        }}
      />
    </ViewFrame>
  );
}
