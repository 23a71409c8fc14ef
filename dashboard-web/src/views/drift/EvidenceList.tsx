import Box from '@mui/material/Box';
import { formatBytes } from '../../sync/format';

const label = (key: string) => key.replace(/([A-Z])/g, ' $1').replace(/^./, (first) => first.toUpperCase());

function valueOf(key: string, value: unknown) {
  if (typeof value === 'number' && /bytes/i.test(key)) return `${formatBytes(value)} (${value.toLocaleString('en')} bytes)`;
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return String(value);
}

/** A finding's evidence, as nested labelled lists: what the catalog holds beside what the bucket showed. */
export function EvidenceList({ evidence }: { evidence: Record<string, unknown> }) {
  return (
    <Box component="dl" sx={{ m: 0, display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 1.5, rowGap: 0.25, fontSize: '0.8rem' }}>
      {Object.entries(evidence).map(([key, value]) => (
        <Box key={key} sx={{ display: 'contents' }}>
          <Box component="dt" sx={{ color: 'text.secondary' }}>
            {label(key)}
          </Box>
          <Box component="dd" sx={{ m: 0, overflowWrap: 'anywhere', fontFamily: typeof value === 'object' ? undefined : 'monospace' }}>
            {value !== null && typeof value === 'object' ? <EvidenceList evidence={value as Record<string, unknown>} /> : valueOf(key, value)}
          </Box>
        </Box>
      ))}
    </Box>
  );
}
