import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { decide, type Decision, type DriftFinding } from '../../sync/syncApi';
import { ErrorState } from '../../ui/states';

/** A decision asked about one finding. */
export interface Asked {
  finding: DriftFinding;
  decision: Decision;
}

const EXPLAINED: Record<Decision, string> = {
  repair:
    'Runs the safe repair: re-points the catalog to a verified copy, or deletes a leftover once both copies read back identical. Nothing is deleted unless a verified copy is where the catalog points.',
  resolve: 'Closes the finding as handled; the catalog and the bucket are left as they are.',
  dismiss: 'Closes the finding as not a problem. A dismissed leftover is catalogued as an object of its own.',
};

const VERB: Record<Decision, string> = { repair: 'Repair', resolve: 'Resolve', dismiss: 'Dismiss' };

/** Asks to confirm a decision about a finding, with an optional note; `onClose` gets what the service answered, if it did. */
export function DecideFindingDialog({ asked, onClose }: { asked: Asked | undefined; onClose: (answer?: { asked: Asked; body: unknown }) => void }) {
  const [note, setNote] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<Error>();
  const close = (answer?: { asked: Asked; body: unknown }) => {
    setNote('');
    setError(undefined);
    onClose(answer);
  };
  const confirm = async ({ finding, decision }: Asked) => {
    setPending(true);
    setError(undefined);
    try {
      const body = await decide(finding.id, decision, note);
      close({ asked: { finding, decision }, body });
    } catch (cause) {
      setError(cause instanceof Error ? cause : new Error(String(cause)));
    } finally {
      setPending(false);
    }
  };
  const verb = asked ? VERB[asked.decision] : '';
  return (
    <Dialog open={asked !== undefined} onClose={() => close()} aria-labelledby="decide-finding-title" fullWidth maxWidth="sm">
      <DialogTitle id="decide-finding-title">
        {verb} finding {asked?.finding.id}?
      </DialogTitle>
      <DialogContent>
        <DialogContentText gutterBottom>
          {asked?.finding.kind} at <code>{asked?.finding.location}</code>
        </DialogContentText>
        <DialogContentText>{asked && EXPLAINED[asked.decision]}</DialogContentText>
        <TextField label="Note (optional)" value={note} onChange={(event) => setNote(event.target.value)} fullWidth multiline minRows={2} margin="normal" />
        {error && <ErrorState error={error} fallbackTitle={`Could not ${verb.toLowerCase()} the finding`} />}
      </DialogContent>
      <DialogActions>
        <Button onClick={() => close()}>Cancel</Button>
        <Button variant="contained" loading={pending} onClick={() => asked && void confirm(asked)} data-write-control>
          {verb}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
