import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useHasRole } from '../../auth/RequireRole';
import { hrefOf } from '../../shell/hashLocation';
import { formatWhen } from '../../sync/format';
import type { Decision, DriftFinding } from '../../sync/syncApi';
import { EvidenceList } from './EvidenceList';

const DECISIONS: readonly { decision: Decision; label: string }[] = [
  { decision: 'repair', label: 'Repair' },
  { decision: 'resolve', label: 'Resolve' },
  { decision: 'dismiss', label: 'Dismiss' },
];

/** Findings with their evidence; an open one offers repair, resolve and dismiss, usable by an operator. */
export function FindingsTable({ findings, onDecide }: { findings: readonly DriftFinding[]; onDecide: (finding: DriftFinding, decision: Decision) => void }) {
  const mayDecide = useHasRole('OPERATOR');
  return (
    <Table size="small" aria-label="Drift findings">
      <TableHead>
        <TableRow>
          <TableCell>Finding</TableCell>
          <TableCell>Where</TableCell>
          <TableCell>Evidence</TableCell>
          <TableCell>State</TableCell>
          <TableCell />
        </TableRow>
      </TableHead>
      <TableBody>
        {findings.map((finding) => (
          <TableRow key={finding.id} sx={{ verticalAlign: 'top' }}>
            <TableCell component="th" scope="row">
              <Chip size="small" label={finding.kind} color={finding.kind === 'MISSING' || finding.kind === 'CHECKSUM_MISMATCH' ? 'error' : 'warning'} />
              <Typography variant="caption" component="div" color="text.secondary">
                #{finding.id} · {formatWhen(finding.detectedAt)}
                {finding.scanId !== null && ` · scan ${finding.scanId}`}
              </Typography>
            </TableCell>
            <TableCell sx={{ maxWidth: 280, overflowWrap: 'anywhere' }}>
              <code>{finding.location}</code>
              <Typography variant="caption" component="div" color="text.secondary">
                {finding.account} / {finding.bucket}
                {finding.objectId && (
                  <>
                    {' · '}
                    <Link href={hrefOf(`objects/${encodeURIComponent(finding.objectId)}`)}>object</Link>
                  </>
                )}
              </Typography>
            </TableCell>
            <TableCell sx={{ maxWidth: 420 }}>{finding.evidence ? <EvidenceList evidence={finding.evidence} /> : '—'}</TableCell>
            <TableCell>
              {finding.state}
              {finding.closedAt && (
                <Typography variant="caption" component="div" color="text.secondary">
                  {formatWhen(finding.closedAt)}
                  {finding.closedBy && ` by ${finding.closedBy}`}
                  {finding.note && `: ${finding.note}`}
                </Typography>
              )}
            </TableCell>
            <TableCell align="right">
              {finding.state === 'OPEN' && (
                <Stack direction="row" spacing={0.5} sx={{ justifyContent: 'flex-end' }}>
                  {DECISIONS.map(({ decision, label }) => (
                    <Button
                      key={decision}
                      size="small"
                      disabled={!mayDecide}
                      onClick={() => onDecide(finding, decision)}
                      data-write-control
                      aria-label={`${label} finding ${finding.id}`}
                    >
                      {label}
                    </Button>
                  ))}
                </Stack>
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
