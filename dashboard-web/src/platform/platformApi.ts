import { getJson } from '../api/client';

/** Health of one CloudFlux service as the gateway last saw it. */
export type ServiceHealth = 'UP' | 'DOWN' | 'UNKNOWN';

/** Health of the platform as a whole: DEGRADED when some, but not all, services are down. */
export type PlatformHealth = 'UP' | 'DEGRADED' | 'DOWN';

export interface ServiceStatus {
  name: string;
  status: ServiceHealth;
  url: string;
  detail?: string;
}

/** The body of GET /api/v1/platform/status. */
export interface PlatformStatus {
  status: PlatformHealth;
  /** ISO-8601 instant at which the gateway checked its services. */
  checkedAt: string;
  services: ServiceStatus[];
}

const STATUS_PATH = '/api/v1/platform/status';

/** A prefetched answer older than this is not taken: the Overview was not opened at start-up after all. */
const PREFETCH_FRESH_MS = 5_000;

let prefetched: { answer: Promise<PlatformStatus>; at: number } | undefined;

/**
 * Starts the first status request at start-up, alongside the sign-in check and the Overview's chunk rather than after
 * them: the gateway takes a while to ask every service. The next {@link fetchPlatformStatus} takes its answer.
 */
export function prefetchPlatformStatus(): void {
  const answer = getJson<PlatformStatus>(STATUS_PATH);
  answer.catch(() => {});
  prefetched = { answer, at: Date.now() };
}

export function fetchPlatformStatus(signal?: AbortSignal): Promise<PlatformStatus> {
  const early = prefetched;
  prefetched = undefined;
  if (early && Date.now() - early.at < PREFETCH_FRESH_MS) return early.answer;
  return getJson<PlatformStatus>(STATUS_PATH, signal);
}
