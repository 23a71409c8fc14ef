import { act, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeStompClient } from '../../test/fakeStomp';
import { signedInAnswers } from '../../test/gatewayFixtures';
import { stubGateway } from '../../test/gatewayStub';
import { renderApp } from '../../test/renderApp';

vi.mock(import('@stomp/stompjs'), async (importOriginal) => ({ ...(await importOriginal()), Client: FakeStompClient as never }));

const rate = (at: string, eventsPerSecond: number, byOperation: Record<string, number> = {}) => ({
  stream: 'access-rate',
  at,
  data: { windowStart: at, windowEnd: at, events: eventsPerSecond, bytes: 0, eventsPerSecond, byOperation },
});

const openOverview = async () => {
  stubGateway(signedInAnswers('VIEWER'));
  renderApp({ credential: { kind: 'apiKey', key: 'cfx_viewer' } });
  await screen.findByRole('heading', { level: 2, name: 'Live event rate' });
  return FakeStompClient.latest();
};

describe('the Overview', () => {
  beforeEach(() => {
    FakeStompClient.made.length = 0;
  });

  it('shows the platform health and waits for the event rate while the live channel connects', async () => {
    await openOverview();

    expect(await screen.findByRole('table', { name: 'Services' })).toBeInTheDocument();
    expect(screen.getByText('Waiting for the event rate on the live channel…')).toBeInTheDocument();
    expect(screen.queryByTestId('events-per-second')).not.toBeInTheDocument();
  });

  it('starts the event rate with the history and goes on with each live second', async () => {
    const client = await openOverview();

    act(() => client.connect());
    expect(client.activeDestinations()).toEqual(['/topic/access-rate', '/app/history/access-rate']);
    act(() => client.deliver('/app/history/access-rate', [rate('2026-11-27T02:39:58Z', 4), rate('2026-11-27T02:39:59Z', 2.5)]));
    expect(screen.getByTestId('events-per-second')).toHaveTextContent('2.5 events/s');

    act(() => client.deliver('/topic/access-rate', rate('2026-11-27T02:40:00Z', 7, { GET: 5, PUT: 2 })));
    expect(screen.getByTestId('events-per-second')).toHaveTextContent('7 events/s');
    expect(await screen.findByText('Latest window by operation: GET 5, PUT 2.')).toBeInTheDocument();
  });

  it('says 0 events/s when nothing flows', async () => {
    const client = await openOverview();

    act(() => client.connect());
    act(() => client.deliver('/app/history/access-rate', []));
    act(() => client.deliver('/topic/access-rate', rate('2026-11-27T02:40:00Z', 0)));

    expect(screen.getByTestId('events-per-second')).toHaveTextContent('0 events/s');
    expect(await screen.findByText('No access events in the latest window.')).toBeInTheDocument();
  });

  it('says when the live channel is down instead of showing a rate', async () => {
    const client = await openOverview();

    act(() => client.drop());

    expect(screen.getByText(/The live channel is disconnected and reconnects by itself\. No event rate has arrived yet\./)).toBeInTheDocument();
    expect(screen.queryByTestId('events-per-second')).not.toBeInTheDocument();
  });
});
