import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useState } from 'react';
import { ErrorState } from '../../ui/states';
import { revokeKey, type ApiKey } from './keysApi';

/** Asks before revoking `apiKey`; `onClose` is told whether it was revoked. */
export function RevokeKeyDialog({ apiKey, onClose }: { apiKey: ApiKey | undefined; onClose: (revoked: boolean) => void }) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<Error>();
  const close = (revoked: boolean) => {
    setError(undefined);
    onClose(revoked);
  };
  const revoke = async (key: ApiKey) => {
    setPending(true);
    setError(undefined);
    try {
      await revokeKey(key.id);
      close(true);
    } catch (cause) {
      setError(cause instanceof Error ? cause : new Error(String(cause)));
    } finally {
      setPending(false);
    }
  };
  return (
    <Dialog open={apiKey !== undefined} onClose={() => close(false)} aria-labelledby="revoke-key-title">
      <DialogTitle id="revoke-key-title">Revoke {apiKey?.name}?</DialogTitle>
      <DialogContent>
        <DialogContentText>
          Every call made with the key <code>{apiKey?.prefix}…</code> is refused from now on. This cannot be undone.
        </DialogContentText>
        {error && <ErrorState error={error} fallbackTitle="Could not revoke the key" />}
      </DialogContent>
      <DialogActions>
        <Button onClick={() => close(false)}>Cancel</Button>
        <Button color="error" variant="contained" loading={pending} onClick={() => apiKey && void revoke(apiKey)} data-write-control>
          Revoke
        </Button>
      </DialogActions>
    </Dialog>
  );
}
