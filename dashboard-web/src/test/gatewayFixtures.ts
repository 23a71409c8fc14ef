import type { Me } from '../auth/authApi';
import type { Role } from '../auth/roles';
import type { PlatformStatus } from '../platform/platformApi';
import { jsonResponse } from './fetchStub';

export const platformUp: PlatformStatus = {
  status: 'UP',
  checkedAt: '2026-11-27T02:40:00Z',
  services: [{ name: 'gateway', status: 'UP', url: 'http://localhost:8080' }],
};

export function me(role: Role, via: Me['via'] = 'API_KEY'): Me {
  return { name: `demo-${role.toLowerCase()}`, role, via };
}

export function problem(status: number, title: string, detail?: string, extra: object = {}): Response {
  return jsonResponse(
    { type: 'about:blank', title, status, ...(detail ? { detail } : {}), ...extra },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

/** What the gateway answers a signed-in caller with `role`, before any view's own resources. */
export function signedInAnswers(role: Role) {
  return {
    'GET /api/v1/me': jsonResponse(me(role)),
    'GET /api/v1/auth/config': jsonResponse({ oidc: null }),
    'GET /api/v1/platform/status': jsonResponse(platformUp),
    'GET /api/v1/keys': jsonResponse({ items: [], page: 0, size: 20, total: 0 }),
  };
}
