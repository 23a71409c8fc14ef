import Skeleton from '@mui/material/Skeleton';
import { Suspense, type ReactNode } from 'react';

/**
 * Where a lazily imported chart goes. Charts bring recharts, the largest library: a view shows its headings and tables
 * first and each chart when that chunk has arrived, in a space of its height so nothing jumps.
 */
export function ChartSlot({ height, children }: { height: number; children: ReactNode }) {
  return <Suspense fallback={<Skeleton variant="rounded" height={height} aria-label="Loading the chart" />}>{children}</Suspense>;
}
