import Alert from '@mui/material/Alert';
import { useState, type ReactNode } from 'react';
import type { Decision, DriftFinding } from '../../sync/syncApi';
import { DecideFindingDialog, type Asked } from './DecideFindingDialog';

const DONE: Record<Decision, string> = { repair: 'repaired', resolve: 'resolved', dismiss: 'dismissed' };

function outcome({ asked, body }: { asked: Asked; body: unknown }): { severity: 'success' | 'warning'; text: string } {
  const repair = body as { repaired?: boolean; note?: string } | undefined;
  if (asked.decision === 'repair' && repair?.repaired === false) {
    return { severity: 'warning', text: `Finding ${asked.finding.id} was not repaired: ${repair.note ?? 'no safe repair applies'}` };
  }
  return { severity: 'success', text: `Finding ${asked.finding.id} ${DONE[asked.decision]}${repair?.note ? `: ${repair.note}` : '.'}` };
}

/**
 * Deciding about findings: `ask` opens the confirm dialog; `ui` is the dialog and what the last decision did, to
 * render; `afterDecision` runs once the service has answered, to reload.
 */
export function useDecisions(afterDecision: () => void): { ask: (finding: DriftFinding, decision: Decision) => void; ui: ReactNode } {
  const [asked, setAsked] = useState<Asked>();
  const [done, setDone] = useState<ReturnType<typeof outcome>>();
  const ui = (
    <>
      {done && (
        <Alert severity={done.severity} onClose={() => setDone(undefined)} role="status">
          {done.text}
        </Alert>
      )}
      <DecideFindingDialog
        asked={asked}
        onClose={(answer) => {
          setAsked(undefined);
          if (answer) {
            setDone(outcome(answer));
            afterDecision();
          }
        }}
      />
    </>
  );
  return { ask: (finding, decision) => setAsked({ finding, decision }), ui };
}
