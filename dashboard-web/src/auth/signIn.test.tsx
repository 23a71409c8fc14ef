import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse } from '../test/fetchStub';
import { FakeStompClient } from '../test/fakeStomp';
import { me, problem, signedInAnswers } from '../test/gatewayFixtures';
import { headersOf, stubGateway } from '../test/gatewayStub';
import { renderApp } from '../test/renderApp';
import { checkSignIn } from './AuthContext';
import { loadCredential, saveCredential } from './credential';
import { completeSso, isSsoCallback, startSso } from './oidc';

vi.mock(import('@stomp/stompjs'), async (importOriginal) => ({ ...(await importOriginal()), Client: FakeStompClient as never }));
vi.mock(import('./oidc'), async (importOriginal) => ({
  ...(await importOriginal()),
  startSso: vi.fn(() => Promise.resolve()),
  completeSso: vi.fn(),
  isSsoCallback: vi.fn(() => false),
}));

const oidc = { issuer: 'https://idp.example/realms/cloudflux', clientId: 'dashboard', scopes: 'openid profile' };

describe('signing in', () => {
  beforeEach(() => {
    FakeStompClient.made.length = 0;
    vi.mocked(isSsoCallback).mockReturnValue(false);
  });

  it('checks a typed API key with the gateway, keeps it for the session and opens the dashboard', async () => {
    const gateway = stubGateway({ ...signedInAnswers('OPERATOR'), 'GET /api/v1/me': jsonResponse(me('OPERATOR')) });
    renderApp();

    await userEvent.type(await screen.findByLabelText(/API key/), 'cfx_operator_key');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Overview' })).toBeInTheDocument();
    expect(headersOf(gateway.calls('GET /api/v1/me')[0]!.init)).toMatchObject({ 'X-Api-Key': 'cfx_operator_key' });
    expect(headersOf(gateway.calls('GET /api/v1/platform/status')[0]!.init)).toMatchObject({ 'X-Api-Key': 'cfx_operator_key' });
    expect(loadCredential()).toEqual({ kind: 'apiKey', key: 'cfx_operator_key' });
  });

  it('says so when the gateway refuses the key, and keeps nothing', async () => {
    stubGateway({ ...signedInAnswers('VIEWER'), 'GET /api/v1/me': problem(401, 'Unauthorized', 'Unknown or revoked API key') });
    renderApp();

    await userEvent.type(await screen.findByLabelText(/API key/), 'cfx_wrong');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByText('The gateway refused this key')).toBeInTheDocument();
    expect(screen.getByText('Unknown or revoked API key')).toBeInTheDocument();
    expect(loadCredential()).toBeUndefined();
  });

  it('offers no single sign-on when the gateway has no issuer configured', async () => {
    const gateway = stubGateway(signedInAnswers('VIEWER'));
    renderApp();

    await screen.findByLabelText(/API key/);
    await vi.waitFor(() => expect(gateway.calls('GET /api/v1/auth/config')).toHaveLength(1));

    expect(screen.queryByRole('button', { name: 'Sign in with SSO' })).not.toBeInTheDocument();
    expect(headersOf(gateway.calls('GET /api/v1/auth/config')[0]!.init)).not.toHaveProperty('X-Api-Key');
  });

  it('leaves for the identity provider when the gateway has one configured', async () => {
    stubGateway({ ...signedInAnswers('VIEWER'), 'GET /api/v1/auth/config': jsonResponse({ oidc }) });
    renderApp({ hash: '#/keys?page=2' });

    await userEvent.click(await screen.findByRole('button', { name: 'Sign in with SSO' }));

    expect(startSso).toHaveBeenCalledWith(oidc, '#/keys?page=2');
  });

  it('finishes single sign-on on the way back: the access token becomes the bearer credential', async () => {
    vi.mocked(isSsoCallback).mockReturnValue(true);
    vi.mocked(completeSso).mockResolvedValue({ accessToken: 'eyJ.token', returnTo: '#/cost' });
    const gateway = stubGateway({ ...signedInAnswers('ADMIN'), 'GET /api/v1/me': jsonResponse(me('ADMIN', 'OIDC')) });
    renderApp({ hash: '' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Cost' })).toBeInTheDocument();
    expect(headersOf(gateway.calls('GET /api/v1/me')[0]!.init)).toMatchObject({ Authorization: 'Bearer eyJ.token' });
    expect(loadCredential()).toEqual({ kind: 'bearer', token: 'eyJ.token' });
    expect(FakeStompClient.latest().config.connectHeaders).toEqual({ Authorization: 'Bearer eyJ.token' });
  });

  it('says why when single sign-on fails on the way back', async () => {
    vi.mocked(isSsoCallback).mockReturnValue(true);
    vi.mocked(completeSso).mockRejectedValue(new Error('invalid_grant'));
    stubGateway(signedInAnswers('ADMIN'));
    renderApp();

    expect(await screen.findByText('Single sign-on failed: invalid_grant')).toBeInTheDocument();
    expect(loadCredential()).toBeUndefined();
  });

  it('returns to sign-in, saying why, when the stored key is no longer accepted', async () => {
    stubGateway({ ...signedInAnswers('ADMIN'), 'GET /api/v1/me': problem(401, 'Unauthorized') });
    renderApp({ credential: { kind: 'apiKey', key: 'cfx_revoked' } });

    expect(await screen.findByText(/no longer accepts your credential/)).toBeInTheDocument();
    expect(loadCredential()).toBeUndefined();
  });

  it('returns to sign-in when a call of a view is refused with 401', async () => {
    stubGateway({ ...signedInAnswers('ADMIN'), 'GET /api/v1/platform/status': problem(401, 'Unauthorized') });
    renderApp({ credential: { kind: 'apiKey', key: 'cfx_revoked_meanwhile' } });

    expect(await screen.findByRole('heading', { name: 'Sign in to CloudFlux' })).toBeInTheDocument();
    expect(screen.getByText(/no longer accepts your credential/)).toBeInTheDocument();
  });

  it('takes the check started before rendering, asking the gateway only once', async () => {
    const gateway = stubGateway(signedInAnswers('OPERATOR'));
    saveCredential({ kind: 'apiKey', key: 'cfx_early' });
    const firstCheck = checkSignIn();

    renderApp({ firstCheck });

    expect(await screen.findByRole('heading', { level: 1, name: 'Overview' })).toBeInTheDocument();
    expect(gateway.calls('GET /api/v1/me')).toHaveLength(1);
  });

  it('offers a retry when the gateway cannot be reached to check the stored key, keeping the key', async () => {
    const gateway = stubGateway(signedInAnswers('VIEWER'));
    gateway.fetch.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    renderApp({ credential: { kind: 'apiKey', key: 'cfx_kept' } });

    expect(await screen.findByText('Cannot reach the gateway')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Overview' })).toBeInTheDocument();
    expect(loadCredential()).toEqual({ kind: 'apiKey', key: 'cfx_kept' });
  });
});
