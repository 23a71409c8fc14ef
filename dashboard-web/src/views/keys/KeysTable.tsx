import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import TableSortLabel from '@mui/material/TableSortLabel';
import type { Paged } from '../../api/paged';
import { RequireRole } from '../../auth/RequireRole';
import type { ApiKey } from './keysApi';

/** A sort as the API takes it: `field,asc` or `field,desc`. */
export interface Sort {
  field: string;
  direction: 'asc' | 'desc';
}

export function parseSort(sort: string): Sort {
  const [field = 'createdAt', direction] = sort.split(',');
  return { field, direction: direction === 'asc' ? 'asc' : 'desc' };
}

const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString() : '—');

export interface KeysTableProps {
  keys: Paged<ApiKey>;
  sort: Sort;
  onSort: (sort: Sort) => void;
  onPage: (page: number, size: number) => void;
  onRevoke: (key: ApiKey) => void;
}

export function KeysTable({ keys, sort, onSort, onPage, onRevoke }: KeysTableProps) {
  const sortable = (field: string, label: string) => (
    <TableSortLabel
      active={sort.field === field}
      direction={sort.field === field ? sort.direction : 'asc'}
      onClick={() => onSort({ field, direction: sort.field === field && sort.direction === 'asc' ? 'desc' : 'asc' })}
    >
      {label}
    </TableSortLabel>
  );
  return (
    <Paper variant="outlined">
      <TableContainer>
        <Table size="small" aria-label="API keys">
          <TableHead>
            <TableRow>
              <TableCell>{sortable('name', 'Name')}</TableCell>
              <TableCell>{sortable('role', 'Role')}</TableCell>
              <TableCell>Prefix</TableCell>
              <TableCell>{sortable('createdAt', 'Created')}</TableCell>
              <TableCell>Created by</TableCell>
              <TableCell>{sortable('lastUsedAt', 'Last used')}</TableCell>
              <TableCell>Status</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {keys.items.map((key) => (
              <TableRow key={key.id}>
                <TableCell component="th" scope="row">
                  {key.name}
                </TableCell>
                <TableCell>{key.role}</TableCell>
                <TableCell sx={{ fontFamily: 'monospace' }}>{key.prefix}…</TableCell>
                <TableCell>{when(key.createdAt)}</TableCell>
                <TableCell>{key.createdBy ?? '—'}</TableCell>
                <TableCell>{when(key.lastUsedAt)}</TableCell>
                <TableCell>
                  {key.revokedAt ? <Chip size="small" label={`Revoked ${when(key.revokedAt)}`} /> : <Chip size="small" color="success" label="Active" />}
                </TableCell>
                <TableCell align="right">
                  {!key.revokedAt && (
                    <RequireRole role="ADMIN">
                      <Button size="small" color="error" onClick={() => onRevoke(key)} data-write-control aria-label={`Revoke ${key.name}`}>
                        Revoke
                      </Button>
                    </RequireRole>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      <TablePagination
        component="div"
        count={keys.total}
        page={keys.page}
        rowsPerPage={keys.size}
        rowsPerPageOptions={[10, 20, 50]}
        onPageChange={(_, page) => onPage(page, keys.size)}
        onRowsPerPageChange={(event) => onPage(0, Number(event.target.value))}
      />
    </Paper>
  );
}
