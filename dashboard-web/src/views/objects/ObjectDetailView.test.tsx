import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Role } from '../../auth/roles';
import { FakeStompClient } from '../../test/fakeStomp';
import { jsonResponse } from '../../test/fetchStub';
import { problem, signedInAnswers } from '../../test/gatewayFixtures';
import { stubGateway } from '../../test/gatewayStub';
import { renderApp } from '../../test/renderApp';
import { catalogObject, driftFinding, pageOf } from '../../test/syncFixtures';

vi.mock(import('@stomp/stompjs'), async (importOriginal) => ({ ...(await importOriginal()), Client: FakeStompClient as never }));

const object = catalogObject({
  history: [
    { location: 's3://hot/videos/intro.mp4', storageClass: 'STANDARD', from: '2026-11-01T00:00:00Z', until: '2026-11-10T00:00:00Z', reason: 'MIGRATED', actor: 'migration-12' },
    { location: 'gs://warm/videos/intro.mp4', storageClass: 'NEARLINE', from: '2026-11-10T00:00:00Z', until: '2026-11-27T02:00:10Z', reason: 'REPOINTED', actor: 'repair' },
  ],
});
const id = object.objectId;

const open = (hash: string, answers: Parameters<typeof stubGateway>[0], role: Role = 'VIEWER') => {
  const gateway = stubGateway({ ...signedInAnswers(role), 'GET /api/v1/drift-findings': pageOf([]), ...answers });
  renderApp({ hash, credential: { kind: 'apiKey', key: `cfx_${role}` } });
  return gateway;
};

describe('the Object detail view', () => {
  beforeEach(() => {
    FakeStompClient.made.length = 0;
  });

  it('shows where the object is, what it is, its checksums and its location history oldest first', async () => {
    const gateway = open(`#/objects/${id}`, { [`GET /api/v1/objects/${id}`]: jsonResponse(object) });

    expect(await screen.findByTestId('object-location')).toHaveTextContent('s3://media/videos/intro.mp4');
    const where = within(screen.getByRole('region', { name: 'Where it is' }));
    expect(where.getByText('demo-aws')).toBeInTheDocument();
    expect(where.getByText('videos/intro.mp4')).toBeInTheDocument();
    const what = within(screen.getByRole('region', { name: 'What it is' }));
    expect(what.getByText('5.0 MB (5,242,880 bytes)')).toBeInTheDocument();
    expect(what.getByText('STANDARD')).toBeInTheDocument();
    const checksums = within(screen.getByRole('region', { name: 'Checksums' }));
    expect(checksums.getByText('myzzNfJ3McmXNDRmo5hTKA==')).toBeInTheDocument();
    expect(checksums.getByText('yZRlqg==')).toBeInTheDocument();
    expect(checksums.getByText('not known')).toBeInTheDocument();

    const rows = within(screen.getByRole('table', { name: 'Location history' })).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.querySelector('code')?.textContent)).toEqual([
      's3://hot/videos/intro.mp4',
      'gs://warm/videos/intro.mp4',
      's3://media/videos/intro.mp4',
    ]);
    expect(rows[1]).toHaveTextContent('REPOINTED');
    expect(await screen.findByText('None: the last scans found it as the catalog holds it.')).toBeInTheDocument();
    expect(gateway.calls('GET /api/v1/drift-findings')[0]?.url.search).toBe(`?objectId=${id}&state=OPEN&size=50`);
  });

  it('looks an object up by its location', async () => {
    const gateway = open('#/objects', { 'GET /api/v1/objects': jsonResponse(object) });
    expect(await screen.findByText('No object chosen')).toBeInTheDocument();

    await userEvent.type(screen.getByLabelText('Object id or location'), 's3://media/videos/intro.mp4');
    await userEvent.click(screen.getByRole('button', { name: 'Open' }));

    expect(window.location.hash).toBe('#/objects?location=s3%3A%2F%2Fmedia%2Fvideos%2Fintro.mp4');
    expect(await screen.findByTestId('object-location')).toHaveTextContent('s3://media/videos/intro.mp4');
    expect(gateway.calls('GET /api/v1/objects')[0]?.url.searchParams.get('location')).toBe('s3://media/videos/intro.mp4');
  });

  it('says when there is no such object', async () => {
    open('#/objects/nope', { 'GET /api/v1/objects/nope': problem(404, 'Not Found', 'No object nope') });

    expect(await screen.findByText('No object nope')).toBeInTheDocument();
  });

  it('lists its open findings, which an operator may resolve with a note after confirming', async () => {
    const gateway = open(
      `#/objects/${id}`,
      {
        [`GET /api/v1/objects/${id}`]: jsonResponse(object),
        'GET /api/v1/drift-findings': pageOf([driftFinding()]),
        'POST /api/v1/drift-findings/31/resolve': jsonResponse(driftFinding({ state: 'RESOLVED' })),
      },
      'OPERATOR',
    );

    await userEvent.click(await screen.findByRole('button', { name: 'Resolve finding 31' }));
    const dialog = within(screen.getByRole('dialog'));
    await userEvent.type(dialog.getByLabelText('Note (optional)'), 'checked by hand');
    gateway.answers['GET /api/v1/drift-findings'] = pageOf([]);
    await userEvent.click(dialog.getByRole('button', { name: 'Resolve' }));

    expect(await screen.findByText('Finding 31 resolved.')).toBeInTheDocument();
    expect(gateway.calls('POST /api/v1/drift-findings/31/resolve')[0]?.init.body).toBe('{"note":"checked by hand"}');
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Resolve finding 31' })).not.toBeInTheDocument());
  });
});
