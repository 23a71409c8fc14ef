import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Role } from '../../auth/roles';
import { FakeStompClient } from '../../test/fakeStomp';
import { jsonResponse } from '../../test/fetchStub';
import { problem, signedInAnswers } from '../../test/gatewayFixtures';
import { stubGateway } from '../../test/gatewayStub';
import { renderApp } from '../../test/renderApp';
import { driftFinding, pageOf } from '../../test/syncFixtures';

vi.mock(import('@stomp/stompjs'), async (importOriginal) => ({ ...(await importOriginal()), Client: FakeStompClient as never }));

const open = (answers: Parameters<typeof stubGateway>[0], { role = 'VIEWER', hash = '#/drift' }: { role?: Role; hash?: string } = {}) => {
  const gateway = stubGateway({ ...signedInAnswers(role), ...answers });
  renderApp({ hash, credential: { kind: 'apiKey', key: `cfx_${role}` } });
  return gateway;
};

const leftover = driftFinding({
  id: 32,
  kind: 'LEFTOVER',
  location: 'gs://warm/videos/intro.mp4',
  evidence: { original: { location: 's3://media/videos/intro.mp4', sizeBytes: 5242880 }, copy: { location: 'gs://warm/videos/intro.mp4', sizeBytes: 5242880 }, formerLocationOfOriginal: true },
});

describe('the Drift findings view', () => {
  beforeEach(() => {
    FakeStompClient.made.length = 0;
  });

  it('asks for the filters its address holds and shows each finding with its evidence readably', async () => {
    const gateway = open({ 'GET /api/v1/drift-findings': pageOf([leftover]) }, { hash: '#/drift?account=demo-aws&bucket=media&state=OPEN' });

    const row = within(await screen.findByRole('row', { name: /LEFTOVER/ }));
    expect(gateway.calls('GET /api/v1/drift-findings')[0]?.url.search).toBe('?state=OPEN&account=demo-aws&bucket=media&page=0&size=20&sort=detectedAt%2Cdesc');
    expect(row.getByText('Former Location Of Original')).toBeInTheDocument();
    expect(row.getByText('yes')).toBeInTheDocument();
    expect(row.getAllByText('5.0 MB (5,242,880 bytes)')).toHaveLength(2);
    expect(row.getByRole('link', { name: 'object' })).toHaveAttribute('href', `#/objects/${leftover.objectId}`);
  });

  it('gives a viewer the decisions disabled', async () => {
    open({ 'GET /api/v1/drift-findings': pageOf([leftover]) });

    for (const action of ['Repair', 'Resolve', 'Dismiss']) {
      expect(await screen.findByRole('button', { name: `${action} finding 32` })).toBeDisabled();
    }
  });

  it('repairs after confirming, and says when the service found no safe repair', async () => {
    const gateway = open(
      {
        'GET /api/v1/drift-findings': pageOf([leftover]),
        'POST /api/v1/drift-findings/32/repair': jsonResponse({ repaired: false, note: 'the copies differ', finding: leftover }),
      },
      { role: 'OPERATOR' },
    );

    await userEvent.click(await screen.findByRole('button', { name: 'Repair finding 32' }));
    await userEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Repair' }));

    expect(await screen.findByText('Finding 32 was not repaired: the copies differ')).toBeInTheDocument();
    expect(gateway.calls('POST /api/v1/drift-findings/32/repair')[0]?.init.body).toBe('{}');
    await waitFor(() => expect(gateway.calls('GET /api/v1/drift-findings')).toHaveLength(2));
  });

  it('keeps the dialog open with the problem when a decision is refused', async () => {
    open(
      {
        'GET /api/v1/drift-findings': pageOf([leftover]),
        'POST /api/v1/drift-findings/32/dismiss': problem(409, 'Conflict', 'Finding 32 is not OPEN'),
      },
      { role: 'OPERATOR' },
    );

    await userEvent.click(await screen.findByRole('button', { name: 'Dismiss finding 32' }));
    const dialog = within(screen.getByRole('dialog'));
    await userEvent.click(dialog.getByRole('button', { name: 'Dismiss' }));

    expect(await dialog.findByText('Finding 32 is not OPEN')).toBeInTheDocument();
  });

  it('says there is no drift, or that a filter matches none', async () => {
    open({ 'GET /api/v1/drift-findings': pageOf([]) });
    expect(await screen.findByText('No drift found')).toBeInTheDocument();

    window.location.hash = '#/drift?kind=MISSING';
    expect(await screen.findByText('No finding matches these filters')).toBeInTheDocument();
  });

  it('says the sync service is not answering on a 503', async () => {
    open({ 'GET /api/v1/drift-findings': problem(503, 'Service Unavailable', 'sync-service did not answer') });

    expect(await screen.findByText('The sync service is not answering')).toBeInTheDocument();
    expect(screen.getByText('sync-service did not answer')).toBeInTheDocument();
  });
});
