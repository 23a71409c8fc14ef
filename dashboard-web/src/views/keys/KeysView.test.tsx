import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse } from '../../test/fetchStub';
import { FakeStompClient } from '../../test/fakeStomp';
import { problem, signedInAnswers } from '../../test/gatewayFixtures';
import { stubGateway } from '../../test/gatewayStub';
import { renderApp } from '../../test/renderApp';
import type { ApiKey } from './keysApi';

vi.mock(import('@stomp/stompjs'), async (importOriginal) => ({ ...(await importOriginal()), Client: FakeStompClient as never }));

const key = (name: string, revokedAt: string | null = null): ApiKey => ({
  id: `id-${name}`,
  name,
  role: 'VIEWER',
  prefix: `cfx_${name.slice(0, 4)}`,
  createdAt: '2026-11-27T02:00:00Z',
  createdBy: 'demo-admin',
  lastUsedAt: null,
  revokedAt,
});

const page = (items: ApiKey[], total = items.length) => jsonResponse({ items, page: 0, size: 20, total });

const asAdmin = (answers: Record<string, Response | ((r: { url: URL; init: RequestInit }) => Response)>, hash = '#/keys') => {
  const gateway = stubGateway({ ...signedInAnswers('ADMIN'), ...answers });
  renderApp({ hash, credential: { kind: 'apiKey', key: 'cfx_admin' } });
  return gateway;
};

describe('the API keys view', () => {
  beforeEach(() => {
    FakeStompClient.made.length = 0;
  });

  it('asks for the page and sort its address holds, and puts a new sort in the address', async () => {
    const gateway = asAdmin({ 'GET /api/v1/keys': page([key('ci-reports'), key('grafana')], 42) }, '#/keys?page=1&sort=name,asc');

    expect(await screen.findByRole('row', { name: /ci-reports/ })).toBeInTheDocument();
    expect(gateway.calls('GET /api/v1/keys')[0]?.url.search).toBe('?page=1&size=20&sort=name%2Casc');

    await userEvent.click(screen.getByRole('button', { name: 'Created' }));

    expect(window.location.hash).toBe('#/keys?sort=createdAt%2Casc');
    await waitFor(() => expect(gateway.calls('GET /api/v1/keys').at(-1)?.url.search).toBe('?page=0&size=20&sort=createdAt%2Casc'));
  });

  it('says there are none when the gateway lists no key', async () => {
    asAdmin({ 'GET /api/v1/keys': page([]) });

    expect(await screen.findByText('No API keys')).toBeInTheDocument();
  });

  it('says so when the page in its address is past the last key', async () => {
    asAdmin({ 'GET /api/v1/keys': jsonResponse({ items: [], page: 9, size: 20, total: 3 }) }, '#/keys?page=9');

    expect(await screen.findByText('No API keys on this page')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Show the first page' })).toHaveAttribute('href', '#/keys');
  });

  it('shows the problem when the keys cannot be listed, and loads them on retry', async () => {
    const gateway = asAdmin({ 'GET /api/v1/keys': problem(503, 'Service Unavailable', 'The key store is starting') });

    expect(await screen.findByText('The key store is starting')).toBeInTheDocument();
    gateway.answers['GET /api/v1/keys'] = page([key('grafana')]);
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));

    expect(await screen.findByRole('row', { name: /grafana/ })).toBeInTheDocument();
  });

  it('creates a key and shows it once, with a warning to copy it', async () => {
    const gateway = asAdmin({
      'GET /api/v1/keys': page([]),
      'POST /api/v1/keys': jsonResponse({ ...key('ci-reports'), key: 'cfx_ci-reports_SECRET' }, { status: 201 }),
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Create key' }));
    const dialog = within(screen.getByRole('dialog'));

    await userEvent.type(dialog.getByLabelText(/Name/), 'ci-reports');
    await userEvent.click(dialog.getByRole('button', { name: 'Create key' }));

    expect(await dialog.findByText('Copy the key now: it is shown only this once')).toBeInTheDocument();
    expect(dialog.getByTestId('created-key')).toHaveValue('cfx_ci-reports_SECRET');
    expect(gateway.calls('POST /api/v1/keys')[0]?.init.body).toBe('{"name":"ci-reports","role":"VIEWER"}');

    gateway.answers['GET /api/v1/keys'] = page([key('ci-reports')]);
    await userEvent.click(dialog.getByRole('button', { name: 'Done' }));
    expect(await screen.findByRole('row', { name: /ci-reports/ })).toBeInTheDocument();
  });

  it('shows each problem of a refused key by its field', async () => {
    asAdmin({
      'GET /api/v1/keys': page([]),
      'POST /api/v1/keys': problem(400, 'Bad Request', 'The key request has 2 problems', {
        errors: [
          { field: 'name', message: 'must not be blank' },
          { field: 'role', message: 'must be one of VIEWER, OPERATOR, ADMIN' },
        ],
      }),
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Create key' }));
    const dialog = within(screen.getByRole('dialog'));

    await userEvent.click(dialog.getByRole('button', { name: 'Create key' }));

    expect(await dialog.findByText('must not be blank')).toBeInTheDocument();
    expect(dialog.getByText('must be one of VIEWER, OPERATOR, ADMIN')).toBeInTheDocument();
    expect(dialog.getByText('The key request has 2 problems')).toBeInTheDocument();
  });

  it('revokes a key after asking, and offers no revoke for a revoked one', async () => {
    const gateway = asAdmin({
      'GET /api/v1/keys': page([key('grafana'), key('old', '2026-11-26T00:00:00Z')]),
      'DELETE /api/v1/keys/id-grafana': new Response(null, { status: 204 }),
    });

    await userEvent.click(await screen.findByRole('button', { name: 'Revoke grafana' }));
    expect(screen.queryByRole('button', { name: 'Revoke old' })).not.toBeInTheDocument();
    await userEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Revoke' }));

    await waitFor(() => expect(gateway.calls('DELETE /api/v1/keys/id-grafana')).toHaveLength(1));
    await waitFor(() => expect(gateway.calls('GET /api/v1/keys')).toHaveLength(2));
  });

  it('gives an admin enabled write controls', async () => {
    asAdmin({ 'GET /api/v1/keys': page([key('grafana')]) });
    await screen.findByRole('row', { name: /grafana/ });

    const enabled = [...document.querySelectorAll('[data-write-control]')].filter((control) => !control.matches(':disabled'));
    expect(enabled.map((control) => control.textContent)).toEqual(['Create key', 'Revoke']);
  });
});
