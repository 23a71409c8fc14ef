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

export function fetchPlatformStatus(signal?: AbortSignal): Promise<PlatformStatus> {
  return getJson<PlatformStatus>('/api/v1/platform/status', signal);
}
