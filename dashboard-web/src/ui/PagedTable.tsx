import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import TableContainer from '@mui/material/TableContainer';
import TablePagination from '@mui/material/TablePagination';
import type { ReactNode } from 'react';
import type { Paged } from '../api/paged';

/** A page of a list in a table, with its pager, and a bar while the next page loads. */
export function PagedTable<T>({
  data,
  pending,
  onPage,
  children,
}: {
  data: Paged<T>;
  pending: boolean;
  onPage: (page: number, size: number) => void;
  children: ReactNode;
}) {
  return (
    <Box>
      <LinearProgress sx={{ visibility: pending ? 'visible' : 'hidden' }} aria-hidden={!pending} />
      <Paper variant="outlined">
        <TableContainer>{children}</TableContainer>
        <TablePagination
          component="div"
          count={data.total}
          page={data.page}
          rowsPerPage={data.size}
          rowsPerPageOptions={[10, 20, 50, 100]}
          onPageChange={(_, page) => onPage(page, data.size)}
          onRowsPerPageChange={(event) => onPage(0, Number(event.target.value))}
        />
      </Paper>
    </Box>
  );
}

/** The page and size a list's address holds, made safe to send. */
export function pageOf(query: { page: string; size: string }): { page: number; size: number } {
  return {
    page: Math.max(0, Number.parseInt(query.page, 10) || 0),
    size: Math.min(500, Math.max(1, Number.parseInt(query.size, 10) || 20)),
  };
}
