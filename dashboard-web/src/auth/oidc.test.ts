import { beforeEach, describe, expect, it, vi } from 'vitest';
import { completeSso, isSsoCallback, startSso } from './oidc';

const manager = { signinRedirect: vi.fn(), signinRedirectCallback: vi.fn() };
const UserManager = vi.fn(function UserManager() {
  return manager;
});
vi.mock(import('oidc-client-ts'), async (importOriginal) => ({ ...(await importOriginal()), UserManager: UserManager as never }));

const oidc = { issuer: 'https://idp.example/realms/cloudflux', clientId: 'dashboard', scopes: 'openid profile' };

describe('single sign-on', () => {
  beforeEach(() => {
    manager.signinRedirect.mockResolvedValue(undefined);
  });

  it('asks the issuer for an authorization code (PKCE) that comes back to the dashboard itself', async () => {
    await startSso(oidc, '#/keys');

    expect(UserManager).toHaveBeenCalledWith(
      expect.objectContaining({
        authority: oidc.issuer,
        client_id: 'dashboard',
        scope: 'openid profile',
        response_type: 'code',
        redirect_uri: `${window.location.origin}${window.location.pathname}`,
      }),
    );
    expect(manager.signinRedirect).toHaveBeenCalledWith({ state: '#/keys' });
  });

  it('exchanges the code on the way back for the access token and the route to return to', async () => {
    await startSso(oidc, '#/cost');
    manager.signinRedirectCallback.mockResolvedValue({ access_token: 'eyJ.token', state: '#/cost' });

    await expect(completeSso()).resolves.toEqual({ accessToken: 'eyJ.token', returnTo: '#/cost' });
  });

  it('refuses a redirect back that this tab did not start', async () => {
    await expect(completeSso()).rejects.toThrow('No single sign-on was started in this tab.');
  });

  it('recognises the redirect back by its state and its code or error', () => {
    expect(isSsoCallback('?code=abc&state=xyz')).toBe(true);
    expect(isSsoCallback('?error=access_denied&state=xyz')).toBe(true);
    expect(isSsoCallback('?code=abc')).toBe(false);
    expect(isSsoCallback('')).toBe(false);
  });
});
