import { act, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { FakeStompClient, fakeStompFactory } from '../test/fakeStomp';
import { LiveIndicator } from './LiveIndicator';
import { LiveProvider, useLiveSubscription } from './LiveProvider';

function LastHealth() {
  const [text, setText] = useState('');
  useLiveSubscription('/topic/health', (body) => setText(JSON.stringify(body)));
  return <output>{text}</output>;
}

describe('LiveProvider', () => {
  beforeEach(() => {
    FakeStompClient.made.length = 0;
  });

  it('shows the connection as it goes from connecting to connected to disconnected', () => {
    render(
      <LiveProvider credential={{ kind: 'bearer', token: 't0k' }} createClient={fakeStompFactory}>
        <LiveIndicator />
      </LiveProvider>,
    );
    const client = FakeStompClient.latest();
    expect(client.config.connectHeaders).toEqual({ Authorization: 'Bearer t0k' });
    expect(screen.getByRole('status')).toHaveTextContent('Live: connecting');

    act(() => client.connect());
    expect(screen.getByRole('status')).toHaveTextContent('Live: connected');

    act(() => client.drop());
    expect(screen.getByRole('status')).toHaveTextContent('Live: disconnected');
  });

  it('keeps one connection for the app, delivers to its subscribers and closes it when unmounted', () => {
    const { unmount } = render(
      <LiveProvider credential={{ kind: 'apiKey', key: 'cfx_k' }} createClient={fakeStompFactory}>
        <LiveIndicator />
        <LastHealth />
      </LiveProvider>,
    );
    const open = FakeStompClient.made.filter((client) => !client.deactivated);
    act(() => open[0]?.connect());

    expect(open).toHaveLength(1);
    expect(open[0]?.activeDestinations()).toEqual(['/topic/health']);
    act(() => open[0]?.deliver('/topic/health', { stream: 'health', data: { status: 'UP' } }));
    expect(document.querySelector('output')).toHaveTextContent('"status":"UP"');

    unmount();
    expect(FakeStompClient.made.every((client) => client.deactivated)).toBe(true);
  });
});
