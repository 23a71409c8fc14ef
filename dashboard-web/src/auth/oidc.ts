import type { OidcConfig } from './authApi';

// oidc-client-ts is imported only when SSO is used, so a sign-in with an API key never loads it.

const PENDING_CONFIG_KEY = 'cloudflux.oidc.pending';

/** The dashboard's own address, without hash or query: the redirect URI to register at the identity provider. */
export function redirectUri(): string {
  return `${window.location.origin}${window.location.pathname}`;
}

async function userManager(config: OidcConfig) {
  const { InMemoryWebStorage, UserManager, WebStorageStateStore } = await import('oidc-client-ts');
  return new UserManager({
    authority: config.issuer,
    client_id: config.clientId,
    redirect_uri: redirectUri(),
    response_type: 'code',
    scope: config.scopes,
    // The PKCE verifier must survive the redirect in this tab only; the user (and its tokens) is kept by the
    // dashboard's own credential store, so oidc-client-ts keeps none of its own.
    stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
    userStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
  });
}

/**
 * Leaves for the identity provider's sign-in (authorization code + PKCE); it redirects back to the dashboard with a
 * code that {@link completeSso} exchanges. `returnTo` is the hash route to open afterwards.
 */
export async function startSso(config: OidcConfig, returnTo: string): Promise<void> {
  sessionStorage.setItem(PENDING_CONFIG_KEY, JSON.stringify(config));
  const manager = await userManager(config);
  await manager.signinRedirect({ state: returnTo });
}

/** True when the page was opened by the identity provider's redirect back (with a code, or an error). */
export function isSsoCallback(search: string = window.location.search): boolean {
  const query = new URLSearchParams(search);
  return query.has('state') && (query.has('code') || query.has('error'));
}

/** Exchanges the code of the redirect back for tokens: the access token and the hash route to open. */
export async function completeSso(): Promise<{ accessToken: string; returnTo: string }> {
  const pending = sessionStorage.getItem(PENDING_CONFIG_KEY);
  if (!pending) throw new Error('No single sign-on was started in this tab.');
  sessionStorage.removeItem(PENDING_CONFIG_KEY);
  const manager = await userManager(JSON.parse(pending) as OidcConfig);
  const user = await manager.signinRedirectCallback(window.location.href);
  return { accessToken: user.access_token, returnTo: typeof user.state === 'string' ? user.state : '#/overview' };
}
