import { useCallback, useEffect, useState } from 'react';
import { getJson } from './client';

export interface Loaded<T> {
  /** The answer for the current path; the previous path's answer while a new path loads, so a table keeps its rows. */
  data?: T;
  /** Why the last load failed; cleared when a load succeeds. */
  error?: Error;
  /** True while a request is in flight. */
  pending: boolean;
  /** Loads the path again. */
  reload: () => void;
}

type Settled<T> = Omit<Loaded<T>, 'reload'>;

/** GETs `path` from the gateway, again whenever `path` changes or `reload` is called. */
export function useGet<T>(path: string): Loaded<T> {
  const [settled, setSettled] = useState<Settled<T>>({ pending: true });
  const [round, setRound] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setSettled((previous) => ({ ...previous, pending: true }));
    getJson<T>(path, controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setSettled({ data, pending: false });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setSettled((previous) => ({ ...previous, error: error instanceof Error ? error : new Error(String(error)), pending: false }));
      },
    );
    return () => controller.abort();
  }, [path, round]);

  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { ...settled, reload };
}
