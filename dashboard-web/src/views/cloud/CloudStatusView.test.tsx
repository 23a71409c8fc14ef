import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Role } from '../../auth/roles';
import { FakeStompClient } from '../../test/fakeStomp';
import { jsonResponse } from '../../test/fetchStub';
import { problem, signedInAnswers } from '../../test/gatewayFixtures';
import { stubGateway } from '../../test/gatewayStub';
import { renderApp } from '../../test/renderApp';
import { bucketStatus, cloudAccount, scanRun } from '../../test/syncFixtures';

vi.mock(import('@stomp/stompjs'), async (importOriginal) => ({ ...(await importOriginal()), Client: FakeStompClient as never }));

const clouds = (...items: ReturnType<typeof cloudAccount>[]) => jsonResponse({ items });

const open = (role: Role, answers: Parameters<typeof stubGateway>[0]) => {
  const gateway = stubGateway({ ...signedInAnswers(role), ...answers });
  renderApp({ hash: '#/cloud', credential: { kind: 'apiKey', key: `cfx_${role}` } });
  return gateway;
};

const bucketRow = (name: string) => screen.findByRole('row', { name: new RegExp(`^${name}`) });

describe('the Cloud status view', () => {
  beforeEach(() => {
    FakeStompClient.made.length = 0;
  });

  it('shows each account with its buckets: reachability, what the catalog holds, the last scan and open findings', async () => {
    open('VIEWER', {
      'GET /api/v1/clouds': clouds(
        cloudAccount(),
        cloudAccount({
          name: 'demo-azure',
          provider: 'AZURE',
          region: null,
          buckets: [bucketStatus({ name: 'logs', reachable: false, latencyMillis: null, probeError: 'Connection refused', objects: 0, bytes: 0, scans: [], lastCompleted: null, openFindings: 0, scanEvery: null })],
        }),
      ),
    });

    const media = within(await bucketRow('media'));
    expect(media.getByRole('link', { name: 'media' })).toHaveAttribute('href', '#/catalog?account=demo-aws&bucket=media');
    expect(media.getByText('Yes · 12 ms')).toBeInTheDocument();
    expect(media.getByText('2,400')).toBeInTheDocument();
    expect(media.getByText('3.0 GB')).toBeInTheDocument();
    expect(media.getByTestId('last-scan')).toHaveTextContent(/in 1 min 30 s: 2,400 objects \(3\.0 GB\), 2,400 new, 0 changed, 0 missing/);
    expect(media.getByRole('link', { name: 'Open findings of media' })).toHaveAttribute('href', '#/drift?account=demo-aws&bucket=media&state=OPEN');
    expect(media.getByText(/every 6h/)).toBeInTheDocument();

    const logs = within(await bucketRow('logs'));
    expect(logs.getByText('No')).toBeInTheDocument();
    expect(logs.getByText('Connection refused')).toBeInTheDocument();
    expect(logs.getByText('No completed scan yet')).toBeInTheDocument();
    expect(logs.getByText(/on demand/)).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Account demo-azure' })).toHaveTextContent('AZURE');
  });

  it('says so when no cloud is configured', async () => {
    open('VIEWER', { 'GET /api/v1/clouds': clouds() });

    expect(await screen.findByText('No clouds configured')).toBeInTheDocument();
  });

  it('says the sync service is not answering when the gateway answers 503, and loads on retry', async () => {
    const gateway = open('VIEWER', { 'GET /api/v1/clouds': problem(503, 'Service Unavailable') });

    expect(await screen.findByText('The sync service is not answering')).toBeInTheDocument();
    gateway.answers['GET /api/v1/clouds'] = clouds(cloudAccount());
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));

    expect(await bucketRow('media')).toBeInTheDocument();
  });

  it('gives a viewer Scan now disabled', async () => {
    open('VIEWER', { 'GET /api/v1/clouds': clouds(cloudAccount()) });

    expect(within(await bucketRow('media')).getByRole('button', { name: 'Scan media now' })).toBeDisabled();
  });

  it('starts a scan for an operator, says so, and asks again every few seconds while it runs', async () => {
    const gateway = open('OPERATOR', {
      'GET /api/v1/clouds': clouds(cloudAccount()),
      'POST /api/v1/scans': jsonResponse({ runs: [scanRun({ id: 8, state: 'RUNNING', finishedAt: null })] }, { status: 202 }),
    });
    const scanNow = within(await bucketRow('media')).getByRole('button', { name: 'Scan media now' });
    gateway.answers['GET /api/v1/clouds'] = clouds(
      cloudAccount({ buckets: [bucketStatus({ scans: [scanRun({ id: 8, state: 'RUNNING', finishedAt: null, objectsSeen: 1200, pages: 2, objectsPerSecond: 400 })] })] }),
    );

    await userEvent.click(scanNow);

    expect(await screen.findByText('Scan of demo-aws/media started: run 8 running.')).toBeInTheDocument();
    expect(gateway.calls('POST /api/v1/scans')[0]?.init.body).toBe('{"account":"demo-aws","bucket":"media"}');
    expect(await screen.findByTestId('running-scan')).toHaveTextContent('1,200 objects, 2 pages, 400 objects/s');
    expect(screen.getByRole('button', { name: 'Scan media now' })).toBeDisabled();

    const asked = gateway.calls('GET /api/v1/clouds').length;
    await waitFor(() => expect(gateway.calls('GET /api/v1/clouds').length).toBeGreaterThan(asked), { timeout: 8000 });
  });

  it('says why a scan could not start', async () => {
    open('OPERATOR', {
      'GET /api/v1/clouds': clouds(cloudAccount()),
      'POST /api/v1/scans': problem(400, 'Bad Request', "account 'demo-aws' has no bucket 'media' configured"),
    });

    await userEvent.click(within(await bucketRow('media')).getByRole('button', { name: 'Scan media now' }));

    expect(await screen.findByText(/Could not start a scan of demo-aws\/media: Bad Request/)).toBeInTheDocument();
  });

  it('asks again when a drift event arrives on the live channel', async () => {
    const gateway = open('VIEWER', { 'GET /api/v1/clouds': clouds(cloudAccount()) });
    await bucketRow('media');
    const asked = gateway.calls('GET /api/v1/clouds').length;

    act(() => {
      FakeStompClient.latest().connect();
    });
    act(() => FakeStompClient.latest().deliver('/topic/drift', { kind: 'MISSING' }));

    await waitFor(() => expect(gateway.calls('GET /api/v1/clouds').length).toBe(asked + 1));
  });
});
