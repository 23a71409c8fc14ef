import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState, type FormEvent } from 'react';
import { hrefOf, useHashLocation } from '../../shell/hashLocation';
import type { ViewProps } from '../../shell/routes';
import { OBJECTS_PATH } from '../../sync/syncApi';
import { EmptyState, ViewFrame } from '../../ui/states';
import { ObjectDetail } from './ObjectDetail';

/** The address of an object looked up by what `target` is: a location URI (`scheme://…`) or an object id. */
export function objectHref(target: string): string {
  const trimmed = target.trim();
  return trimmed.includes('://') ? hrefOf('objects', new URLSearchParams({ location: trimmed })) : hrefOf(`objects/${encodeURIComponent(trimmed)}`);
}

/** One object, addressed as `#/objects/{objectId}` or `#/objects?location={uri}`: where it is, what it is, where it was. */
export default function ObjectDetailView({ title, params }: ViewProps) {
  const location = useHashLocation().query.get('location') ?? undefined;
  const id = params.id;
  const current = id ?? location;
  const path = id
    ? `${OBJECTS_PATH}/${encodeURIComponent(id)}`
    : location
      ? `${OBJECTS_PATH}?${new URLSearchParams({ location }).toString()}`
      : undefined;
  return (
    <ViewFrame title={title}>
      <OpenObject key={current ?? ''} current={current} />
      {path ? (
        <ObjectDetail path={path} />
      ) : (
        <EmptyState title="No object chosen">
          Enter an object id or a location URI above, or pick an object from the <Link href="#/catalog">Objects</Link> list.
        </EmptyState>
      )}
    </ViewFrame>
  );
}

function OpenObject({ current }: { current: string | undefined }) {
  const [target, setTarget] = useState(current ?? '');
  const open = (event: FormEvent) => {
    event.preventDefault();
    window.location.hash = objectHref(target);
  };
  return (
    <Stack component="form" direction="row" spacing={2} onSubmit={open} sx={{ alignItems: 'flex-start' }}>
      <TextField
        label="Object id or location"
        placeholder="3f2c… or s3://bucket/key"
        size="small"
        value={target}
        onChange={(event) => setTarget(event.target.value)}
        sx={{ minWidth: 480 }}
      />
      <Button type="submit" variant="outlined" disabled={target.trim() === ''}>
        Open
      </Button>
    </Stack>
  );
}
