import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState, type FormEvent } from 'react';
import { hrefOf } from '../../shell/hashLocation';
import type { ViewProps } from '../../shell/routes';
import { ServicePending, ViewFrame } from '../../ui/states';

/** One object, addressed as `#/objects/{id}`: where it is stored, its tier history and access pattern. */
export default function ObjectDetailView({ title, params }: ViewProps) {
  const id = params.id;
  return (
    <ViewFrame title={title}>
      <OpenObject key={id ?? ''} current={id} />
      {id && (
        <Typography color="text.secondary">
          Object <code>{id}</code>
        </Typography>
      )}
      <ServicePending service="sync service" fills="an object's copies in each cloud, its tier history and its access pattern" />
    </ViewFrame>
  );
}

function OpenObject({ current }: { current: string | undefined }) {
  const [id, setId] = useState(current ?? '');
  const open = (event: FormEvent) => {
    event.preventDefault();
    window.location.hash = hrefOf(`objects/${encodeURIComponent(id.trim())}`);
  };
  return (
    <Stack component="form" direction="row" spacing={2} onSubmit={open} sx={{ alignItems: 'flex-start' }}>
      <TextField label="Object id" size="small" value={id} onChange={(event) => setId(event.target.value)} sx={{ minWidth: 320 }} />
      <Button type="submit" variant="outlined" disabled={id.trim() === ''}>
        Open
      </Button>
    </Stack>
  );
}
