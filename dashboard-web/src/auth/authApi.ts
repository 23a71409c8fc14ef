import { getJson, request } from '../api/client';
import type { Credential } from './credential';
import type { Role } from './roles';

/** Where the gateway's OIDC sign-in is: the issuer, the dashboard's client id and the scopes to ask for. */
export interface OidcConfig {
  issuer: string;
  clientId: string;
  scopes: string;
}

/** The body of GET /api/v1/auth/config, which needs no credential. */
export interface AuthConfig {
  oidc: OidcConfig | null;
}

/** Who the gateway takes the caller for: the body of GET /api/v1/me. */
export interface Me {
  name: string;
  role: Role;
  via: 'API_KEY' | 'OIDC';
}

export function fetchAuthConfig(signal?: AbortSignal): Promise<AuthConfig> {
  return getJson<AuthConfig>('/api/v1/auth/config', signal);
}

/** Asks the gateway who `credential` is; a 401 rejects without signing anyone out. */
export function fetchMe(credential: Credential, signal?: AbortSignal): Promise<Me> {
  return request<Me>('GET', '/api/v1/me', { credential, signal });
}
