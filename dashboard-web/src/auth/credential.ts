/** What the dashboard presents to the gateway: an API key, or the access token of an OIDC sign-in. */
export type Credential = { kind: 'apiKey'; key: string } | { kind: 'bearer'; token: string };

const STORAGE_KEY = 'cloudflux.credential';

// sessionStorage, not localStorage: the credential lives only as long as this tab does, is not shared with other
// tabs and is not left on disk after the browser closes. A key that can create keys should not outlive the session
// that typed it; the price is signing in again in each new tab.
export function loadCredential(): Credential | undefined {
  const stored = sessionStorage.getItem(STORAGE_KEY);
  if (!stored) return undefined;
  try {
    const parsed: unknown = JSON.parse(stored);
    return isCredential(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

export function saveCredential(credential: Credential): void {
  sessionStorage.setItem(STORAGE_KEY, JSON.stringify(credential));
}

export function clearCredential(): void {
  sessionStorage.removeItem(STORAGE_KEY);
}

/** The HTTP headers, or the STOMP CONNECT headers, that carry the credential. */
export function credentialHeaders(credential: Credential | undefined): Record<string, string> {
  if (!credential) return {};
  return credential.kind === 'apiKey' ? { 'X-Api-Key': credential.key } : { Authorization: `Bearer ${credential.token}` };
}

function isCredential(value: unknown): value is Credential {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return (
    (candidate.kind === 'apiKey' && typeof candidate.key === 'string') ||
    (candidate.kind === 'bearer' && typeof candidate.token === 'string')
  );
}
