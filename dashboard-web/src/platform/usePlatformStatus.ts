import { useCallback, useEffect, useState } from 'react';
import { fetchPlatformStatus, type PlatformStatus } from './platformApi';

export const POLL_INTERVAL_MS = 5_000;

/** Five minutes of samples at the poll interval. */
const HISTORY_LENGTH = 60;

/** How many services were up at one check, for the history chart. */
export interface UpSample {
  /** When the gateway checked, in epoch milliseconds. */
  checkedAt: number;
  up: number;
  total: number;
}

export interface PlatformStatusState {
  /** The last status the gateway answered with, kept while later polls fail. */
  status?: PlatformStatus;
  /** Why the last poll failed; cleared by the next one that succeeds. */
  error?: Error;
  /** True while a request is in flight. */
  pending: boolean;
  /** Oldest first, successful polls of this page only. */
  history: UpSample[];
  /** Polls now instead of waiting for the next tick. */
  retry: () => void;
}

type Polled = Omit<PlatformStatusState, 'retry'>;

/** Polls the platform status every {@link POLL_INTERVAL_MS}, one request at a time. */
export function usePlatformStatus(): PlatformStatusState {
  const [polled, setPolled] = useState<Polled>({ pending: true, history: [] });
  const [round, setRound] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;

    const poll = async () => {
      setPolled((previous) => ({ ...previous, pending: true }));
      const outcome = await fetchPlatformStatus(controller.signal).then(
        (status) => ({ status }),
        (error: unknown) => ({ error: error instanceof Error ? error : new Error(String(error)) }),
      );
      if (controller.signal.aborted) return;
      setPolled((previous) => ('status' in outcome ? succeeded(previous, outcome.status) : failed(previous, outcome.error)));
      timer = setTimeout(poll, POLL_INTERVAL_MS);
    };

    void poll();
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [round]);

  const retry = useCallback(() => setRound((r) => r + 1), []);
  return { ...polled, retry };
}

function succeeded(previous: Polled, status: PlatformStatus): Polled {
  const sample = {
    checkedAt: Date.parse(status.checkedAt),
    up: status.services.filter((service) => service.status === 'UP').length,
    total: status.services.length,
  };
  return { status, pending: false, history: [...previous.history, sample].slice(-HISTORY_LENGTH) };
}

function failed(previous: Polled, error: Error): Polled {
  return { ...previous, error, pending: false };
}
