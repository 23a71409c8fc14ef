import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeStompClient } from '../../test/fakeStomp';
import { problem, signedInAnswers } from '../../test/gatewayFixtures';
import { stubGateway } from '../../test/gatewayStub';
import { renderApp } from '../../test/renderApp';
import { catalogObject, pageOf } from '../../test/syncFixtures';

vi.mock(import('@stomp/stompjs'), async (importOriginal) => ({ ...(await importOriginal()), Client: FakeStompClient as never }));

const open = (answers: Parameters<typeof stubGateway>[0], hash = '#/catalog') => {
  const gateway = stubGateway({ ...signedInAnswers('VIEWER'), ...answers });
  renderApp({ hash, credential: { kind: 'apiKey', key: 'cfx_viewer' } });
  return gateway;
};

describe('the Objects view', () => {
  beforeEach(() => {
    FakeStompClient.made.length = 0;
  });

  it('asks for the filters and page its address holds, and links each object to its detail', async () => {
    const gateway = open({ 'GET /api/v1/objects': pageOf([catalogObject()], 41) }, '#/catalog?account=demo-aws&bucket=media&page=1');

    const row = within(await screen.findByRole('row', { name: /videos\/intro\.mp4/ }));
    expect(row.getByRole('link', { name: 'videos/intro.mp4' })).toHaveAttribute('href', '#/objects/5b0c6a4e-0000-4000-8000-000000000001');
    expect(row.getByText('5.0 MB')).toBeInTheDocument();
    expect(gateway.calls('GET /api/v1/objects')[0]?.url.search).toBe('?account=demo-aws&bucket=media&page=1&size=20&sort=key%2Casc');
    expect(screen.getByLabelText('Bucket')).toHaveValue('media');
  });

  it('puts applied filters in the address, from the first page', async () => {
    const gateway = open({ 'GET /api/v1/objects': pageOf([catalogObject()]) }, '#/catalog?page=2');
    await screen.findByRole('row', { name: /videos\/intro\.mp4/ });

    await userEvent.type(screen.getByLabelText('Key prefix'), 'videos/');
    await userEvent.click(screen.getByRole('button', { name: 'Apply' }));

    expect(window.location.hash).toBe('#/catalog?prefix=videos%2F');
    await waitFor(() => expect(gateway.calls('GET /api/v1/objects').at(-1)?.url.searchParams.get('prefix')).toBe('videos/'));
  });

  it('says the catalog is empty until the first scan, and tells an empty filter apart', async () => {
    open({ 'GET /api/v1/objects': pageOf([]) });
    expect(await screen.findByText('The catalog holds no objects yet')).toBeInTheDocument();

    window.location.hash = '#/catalog?state=MISSING';
    expect(await screen.findByText('No object matches these filters')).toBeInTheDocument();
  });

  it('says the sync service is not answering on a 503', async () => {
    open({ 'GET /api/v1/objects': problem(503, 'Service Unavailable') });

    expect(await screen.findByText('The sync service is not answering')).toBeInTheDocument();
  });
});
