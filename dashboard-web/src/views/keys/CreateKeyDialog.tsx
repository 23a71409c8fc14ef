import ContentCopyOutlined from '@mui/icons-material/ContentCopyOutlined';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState, type FormEvent } from 'react';
import { ProblemError } from '../../api/client';
import type { Role } from '../../auth/roles';
import { ErrorState } from '../../ui/states';
import { createKey, type CreatedKey } from './keysApi';

const ROLES: readonly Role[] = ['VIEWER', 'OPERATOR', 'ADMIN'];

/** Creates a key, then shows it once with a copy button; `onClose` is told whether a key was created. */
export function CreateKeyDialog({ open, onClose }: { open: boolean; onClose: (created: boolean) => void }) {
  const [created, setCreated] = useState<CreatedKey>();
  const close = () => {
    onClose(created !== undefined);
    setCreated(undefined);
  };
  return (
    <Dialog open={open} onClose={created ? undefined : close} fullWidth maxWidth="sm" aria-labelledby="create-key-title">
      <DialogTitle id="create-key-title">{created ? 'API key created' : 'Create an API key'}</DialogTitle>
      {created ? <ShowKeyOnce created={created} onDone={close} /> : <KeyForm onCreated={setCreated} onCancel={close} />}
    </Dialog>
  );
}

function KeyForm({ onCreated, onCancel }: { onCreated: (created: CreatedKey) => void; onCancel: () => void }) {
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('VIEWER');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<Error>();
  const fieldErrors = error instanceof ProblemError ? error.fieldErrors : {};
  const otherErrors = error instanceof ProblemError ? (error.problem.errors ?? []).filter(({ field }) => field !== 'name' && field !== 'role') : [];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setPending(true);
    setError(undefined);
    try {
      onCreated(await createKey(name.trim(), role));
    } catch (cause) {
      setError(cause instanceof Error ? cause : new Error(String(cause)));
    } finally {
      setPending(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <TextField
            label="Name"
            value={name}
            onChange={(event) => setName(event.target.value)}
            error={'name' in fieldErrors}
            helperText={fieldErrors.name ?? 'Who or what uses the key, e.g. ci-reports'}
            required
            autoFocus
          />
          <TextField
            select
            label="Role"
            value={role}
            onChange={(event) => setRole(event.target.value as Role)}
            error={'role' in fieldErrors}
            helperText={fieldErrors.role ?? 'VIEWER reads; OPERATOR also runs operations; ADMIN also edits policies, prices and keys'}
          >
            {ROLES.map((option) => (
              <MenuItem key={option} value={option}>
                {option}
              </MenuItem>
            ))}
          </TextField>
          {error && (
            <ErrorState error={error} fallbackTitle="Could not create the key">
              {otherErrors.map(({ field, message }) => (
                <div key={field}>
                  {field}: {message}
                </div>
              ))}
            </ErrorState>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>Cancel</Button>
        <Button type="submit" variant="contained" loading={pending} data-write-control>
          Create key
        </Button>
      </DialogActions>
    </form>
  );
}

function ShowKeyOnce({ created, onDone }: { created: CreatedKey; onDone: () => void }) {
  const [copied, setCopied] = useState<'copied' | 'failed'>();
  const copy = () =>
    navigator.clipboard.writeText(created.key).then(
      () => setCopied('copied'),
      () => setCopied('failed'),
    );
  return (
    <>
      <DialogContent>
        <Stack spacing={2}>
          <Alert severity="warning">
            <AlertTitle>Copy the key now: it is shown only this once</AlertTitle>
            The gateway keeps only a hash of it. If it is lost, revoke it and create another.
          </Alert>
          <Typography>
            Key <strong>{created.name}</strong> with role {created.role}:
          </Typography>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <TextField
              value={created.key}
              label="API key"
              fullWidth
              slotProps={{ htmlInput: { readOnly: true, 'data-testid': 'created-key', style: { fontFamily: 'monospace' } } }}
              onFocus={(event) => event.target.select()}
            />
            <Button variant="outlined" startIcon={<ContentCopyOutlined />} onClick={() => void copy()}>
              Copy
            </Button>
          </Stack>
          {copied === 'copied' && <Alert severity="success">Copied to the clipboard.</Alert>}
          {copied === 'failed' && <Alert severity="info">The browser refused the clipboard: select the key and copy it by hand.</Alert>}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button variant="contained" onClick={onDone}>
          Done
        </Button>
      </DialogActions>
    </>
  );
}
