import { ProblemError } from '../api/client';
import { ErrorState } from '../ui/states';

/**
 * Why a call through the gateway to the sync service failed. A 503 is the gateway saying the sync service does not
 * answer: said plainly, with Retry, rather than as the gateway's own failure.
 */
export function SyncErrorState({ error, what, onRetry, pending }: { error: Error; what: string; onRetry?: () => void; pending?: boolean }) {
  const unavailable = error instanceof ProblemError && error.status === 503;
  return (
    <ErrorState
      error={unavailable ? new Error(error.detail ?? 'The gateway could not reach it. Try again in a moment.') : error}
      fallbackTitle={unavailable ? 'The sync service is not answering' : `Could not load ${what}`}
      {...(onRetry ? { onRetry } : {})}
      {...(pending === undefined ? {} : { pending })}
    />
  );
}
