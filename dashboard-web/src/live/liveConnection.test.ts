import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeStompClient, fakeStompFactory } from '../test/fakeStomp';
import { LiveConnection, liveUrl } from './liveConnection';

const connection = () => new LiveConnection(fakeStompFactory, 'ws://localhost/ws', { 'X-Api-Key': 'cfx_k' });

describe('LiveConnection', () => {
  beforeEach(() => {
    FakeStompClient.made.length = 0;
  });

  it('connects with the credential in the CONNECT headers and backs off exponentially between attempts', () => {
    connection().start();

    expect(FakeStompClient.latest().config).toMatchObject({
      brokerURL: 'ws://localhost/ws',
      connectHeaders: { 'X-Api-Key': 'cfx_k' },
      reconnectDelay: 1_000,
      maxReconnectDelay: 30_000,
      reconnectTimeMode: 1,
    });
  });

  it('goes from connecting to connected, to disconnected on a drop, and connecting again on the retry', () => {
    const live = connection();
    const seen: string[] = [];
    live.onStatus((status) => seen.push(status));

    live.start();
    const client = FakeStompClient.latest();
    client.connect();
    client.drop();
    void client.config.beforeConnect?.(client as never);
    client.connect();

    expect(seen).toEqual(['connecting', 'connected', 'disconnected', 'connecting', 'connected']);
  });

  it('subscribes again on every reconnect and delivers the parsed bodies', () => {
    const live = connection();
    const handler = vi.fn();
    live.subscribe('/topic/access-rate', handler);
    live.start();
    const client = FakeStompClient.latest();

    client.connect();
    client.deliver('/topic/access-rate', { stream: 'access-rate', n: 1 });
    client.drop();
    client.connect();
    client.deliver('/topic/access-rate', { stream: 'access-rate', n: 2 });

    expect(handler.mock.calls).toEqual([[{ stream: 'access-rate', n: 1 }], [{ stream: 'access-rate', n: 2 }]]);
    expect(client.subscriptions.filter((s) => s.destination === '/topic/access-rate')).toHaveLength(2);
  });

  it('subscribes at once when already connected, and stops delivering when unsubscribed', () => {
    const live = connection();
    live.start();
    const client = FakeStompClient.latest();
    client.connect();
    const handler = vi.fn();

    const unsubscribe = live.subscribe('/topic/health', handler);
    client.deliver('/topic/health', { n: 1 });
    unsubscribe();
    client.deliver('/topic/health', { n: 2 });

    expect(handler).toHaveBeenCalledTimes(1);
    expect(client.activeDestinations()).toEqual([]);
  });

  it('takes one message of a history subscription per connect', () => {
    const live = connection();
    const handler = vi.fn();
    live.subscribe('/app/history/access-rate', handler, { once: true });
    live.start();
    const client = FakeStompClient.latest();

    client.connect();
    client.deliver('/app/history/access-rate', [{ n: 1 }]);
    expect(client.activeDestinations()).toEqual([]);
    client.drop();
    client.connect();
    client.deliver('/app/history/access-rate', [{ n: 2 }]);

    expect(handler.mock.calls).toEqual([[[{ n: 1 }]], [[{ n: 2 }]]]);
  });

  it('is disconnected once stopped, deactivates its client and ignores what that client still reports', () => {
    const live = connection();
    live.start();
    const client = FakeStompClient.latest();

    live.stop();
    client.connect();

    expect(live.status).toBe('disconnected');
    expect(client.deactivated).toBe(true);
  });

  it('makes a new client when started again after a stop', () => {
    const live = connection();
    live.start();
    live.stop();
    live.start();

    expect(FakeStompClient.made).toHaveLength(2);
    expect(live.status).toBe('connecting');
  });
});

describe('liveUrl', () => {
  it('is /ws on the same origin, over wss when the page is https', () => {
    expect(liveUrl({ protocol: 'http:', host: 'localhost:8080' } as Location)).toBe('ws://localhost:8080/ws');
    expect(liveUrl({ protocol: 'https:', host: 'cloudflux.example' } as Location)).toBe('wss://cloudflux.example/ws');
  });
});
