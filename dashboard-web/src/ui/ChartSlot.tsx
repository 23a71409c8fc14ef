import Skeleton from '@mui/material/Skeleton';
import { Suspense, useEffect, useState, type ReactNode } from 'react';

/**
 * Where a lazily imported chart goes. Charts bring recharts, the largest library: a view shows its headings and tables
 * first, and its charts once the browser is idle after that and their chunk has arrived, in a space of their height
 * so nothing jumps. Parsing recharts would otherwise hold up the first paint of the tables.
 */
export function ChartSlot({ height, children }: { height: number; children: ReactNode }) {
  const idle = useIdleAfterMount();
  const placeholder = <Skeleton variant="rounded" height={height} aria-label="Loading the chart" />;
  return idle ? <Suspense fallback={placeholder}>{children}</Suspense> : placeholder;
}

/** False until the browser has been idle once after the component mounted (at most half a second later). */
function useIdleAfterMount(): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (typeof window.requestIdleCallback === 'function') {
      const id = window.requestIdleCallback(() => setIdle(true), { timeout: 500 });
      return () => window.cancelIdleCallback(id);
    }
    const id = setTimeout(() => setIdle(true), 0);
    return () => clearTimeout(id);
  }, []);
  return idle;
}
