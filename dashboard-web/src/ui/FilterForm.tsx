import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState, type FormEvent } from 'react';

/** One filter: a free text field, or a choice among `options` when given. */
export interface FilterField<K extends string> {
  name: K;
  label: string;
  options?: readonly string[];
}

/**
 * A row of filters over a list whose filters live in the address: edits stay local until Apply (or Enter), which
 * hands every value to `onApply`; Clear empties them all.
 */
export function FilterForm<K extends string>({
  fields,
  values,
  onApply,
}: {
  fields: readonly FilterField<K>[];
  values: Record<K, string>;
  onApply: (values: Record<K, string>) => void;
}) {
  const [draft, setDraft] = useState(values);
  const [shown, setShown] = useState(values);
  if (shown !== values) {
    // The address changed (Back, a link): show what it now holds.
    setShown(values);
    setDraft(values);
  }
  const apply = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  const clear = () => {
    const empty = Object.fromEntries(fields.map((field) => [field.name, ''])) as Record<K, string>;
    setDraft(empty);
    onApply(empty);
  };
  return (
    <Stack component="form" direction="row" useFlexGap spacing={1.5} onSubmit={apply} aria-label="Filters" sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
      {fields.map(({ name, label, options }) => (
        <TextField
          key={name}
          label={label}
          size="small"
          value={draft[name]}
          onChange={(event) => setDraft({ ...draft, [name]: event.target.value })}
          select={options !== undefined}
          sx={{ minWidth: options ? 150 : 170 }}
        >
          {options && [
            <MenuItem key="" value="">
              <em>Any</em>
            </MenuItem>,
            ...options.map((option) => (
              <MenuItem key={option} value={option}>
                {option}
              </MenuItem>
            )),
          ]}
        </TextField>
      ))}
      <Button type="submit" variant="outlined">
        Apply
      </Button>
      <Button onClick={clear}>Clear</Button>
    </Stack>
  );
}
