import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Role } from '../auth/roles';
import { FakeStompClient } from '../test/fakeStomp';
import { signedInAnswers } from '../test/gatewayFixtures';
import { stubGateway } from '../test/gatewayStub';
import { renderApp } from '../test/renderApp';
import { routes } from './routes';

vi.mock(import('@stomp/stompjs'), async (importOriginal) => ({ ...(await importOriginal()), Client: FakeStompClient as never }));

const signedInAs = (role: Role, hash = '#/overview') => {
  stubGateway(signedInAnswers(role));
  return renderApp({ hash, credential: { kind: 'apiKey', key: `cfx_${role}` } });
};

const nav = () => within(screen.getByRole('navigation', { name: 'Views' }));

describe('the frame', () => {
  beforeEach(() => {
    FakeStompClient.made.length = 0;
  });

  it('navigates to every view, each showing its heading and, for a service not built yet, an empty state saying which', async () => {
    signedInAs('ADMIN');
    expect(await screen.findByRole('heading', { level: 1, name: 'Overview' })).toBeInTheDocument();

    for (const route of routes) {
      await userEvent.click(nav().getByRole('link', { name: route.title }));
      expect(await screen.findByRole('heading', { level: 1, name: route.title })).toBeInTheDocument();
      expect(nav().getByRole('link', { name: route.title })).toHaveAttribute('aria-current', 'page');
      expect(window.location.hash).toBe(`#/${route.id}`);
    }
    await userEvent.click(nav().getByRole('link', { name: 'Cost' }));
    expect(await screen.findByText('Not available yet: waiting for the cost service')).toBeInTheDocument();
  }, 60_000); // the first import of every view's chunk

  it('opens the landing view at the bare address and says so for an address no view has', async () => {
    signedInAs('VIEWER', '');
    expect(await screen.findByRole('heading', { level: 1, name: 'Overview' })).toBeInTheDocument();

    window.location.hash = '#/nowhere';
    expect(await screen.findByText('No such view')).toBeInTheDocument();
  });

  it('opens the object detail of the id in its address', async () => {
    const gateway = stubGateway(signedInAnswers('VIEWER'));
    renderApp({ hash: '#/objects', credential: { kind: 'apiKey', key: 'cfx_VIEWER' } });
    await screen.findByRole('heading', { level: 1, name: 'Object detail' });
    window.location.hash = '#/objects/bucket-a%2Flogs%2F1.gz';

    expect(await screen.findByRole('alert')).toHaveTextContent('Not Found');
    expect(gateway.calls('GET /api/v1/objects/bucket-a%2Flogs%2F1.gz')).toHaveLength(1);
    expect(screen.getByLabelText('Object id or location')).toHaveValue('bucket-a/logs/1.gz');
  });

  it('shows the API keys view only to an admin', async () => {
    signedInAs('OPERATOR');
    await screen.findByRole('heading', { level: 1, name: 'Overview' });

    expect(nav().queryByRole('link', { name: 'API keys' })).not.toBeInTheDocument();
    window.location.hash = '#/keys';
    expect(await screen.findByRole('heading', { level: 1, name: 'API keys' })).toBeInTheDocument();
    expect(screen.getByText('Not available to your role')).toBeInTheDocument();
  });

  it('gives a viewer no enabled write control on any view', async () => {
    signedInAs('VIEWER');
    for (const route of routes) {
      window.location.hash = `#/${route.id}`;
      await screen.findByRole('heading', { level: 1, name: route.title });
      const enabled = [...document.querySelectorAll('[data-write-control]')].filter((control) => !control.matches(':disabled'));
      expect(enabled, route.id).toEqual([]);
    }
  });

  it('tells who is signed in, with which role, and shows the live connection in the app bar', async () => {
    signedInAs('OPERATOR');
    const banner = within(await screen.findByRole('banner'));

    expect(banner.getByText('demo-operator')).toBeInTheDocument();
    expect(banner.getByText('OPERATOR')).toBeInTheDocument();
    expect(banner.getByRole('status')).toHaveTextContent('Live: connecting');
    expect(FakeStompClient.latest().config.connectHeaders).toEqual({ 'X-Api-Key': 'cfx_OPERATOR' });
  });

  it('switches between the dark and the light theme and keeps the choice', async () => {
    signedInAs('VIEWER');
    await userEvent.click(await screen.findByRole('button', { name: 'Switch to the dark theme' }));

    expect(screen.getByRole('button', { name: 'Switch to the light theme' })).toBeInTheDocument();
    await waitFor(() => expect(localStorage.getItem('mui-mode')).toBe('dark'));
  });

  it('signs out: forgets the credential, closes the live connection and returns to sign-in', async () => {
    signedInAs('ADMIN');
    await userEvent.click(await screen.findByRole('button', { name: 'Sign out' }));

    expect(await screen.findByRole('heading', { name: 'Sign in to CloudFlux' })).toBeInTheDocument();
    expect(sessionStorage.length).toBe(0);
    expect(FakeStompClient.made.every((client) => client.deactivated)).toBe(true);
  });
});
