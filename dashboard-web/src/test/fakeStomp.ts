import type { IMessage, StompConfig } from '@stomp/stompjs';
import type { StompClientLike } from '../live/liveConnection';

interface FakeSubscription {
  destination: string;
  callback: (message: IMessage) => void;
  active: boolean;
}

/** A STOMP client that connects, drops and delivers only when a test says so. */
export class FakeStompClient implements StompClientLike {
  /** Every client made, newest last. */
  static readonly made: FakeStompClient[] = [];
  readonly subscriptions: FakeSubscription[] = [];
  activated = false;
  deactivated = false;

  constructor(readonly config: StompConfig) {
    FakeStompClient.made.push(this);
  }

  static latest(): FakeStompClient {
    const client = FakeStompClient.made.at(-1);
    if (!client) throw new Error('no STOMP client was made');
    return client;
  }

  activate() {
    this.activated = true;
    void this.config.beforeConnect?.(this as never);
  }

  deactivate() {
    this.deactivated = true;
    return Promise.resolve();
  }

  subscribe(destination: string, callback: (message: IMessage) => void) {
    const subscription: FakeSubscription = { destination, callback, active: true };
    this.subscriptions.push(subscription);
    return { unsubscribe: () => (subscription.active = false) };
  }

  /** The server accepted CONNECT. */
  connect() {
    this.config.onConnect?.({} as never);
  }

  /** The socket closed, taking its subscriptions; stompjs would now wait and call beforeConnect again. */
  drop() {
    for (const subscription of this.subscriptions) subscription.active = false;
    this.config.onWebSocketClose?.({} as never);
  }

  /** Delivers `body` as JSON to every active subscription of `destination`. */
  deliver(destination: string, body: unknown) {
    for (const subscription of this.subscriptions.filter((s) => s.active && s.destination === destination)) {
      subscription.callback({ body: JSON.stringify(body) } as IMessage);
    }
  }

  activeDestinations(): string[] {
    return this.subscriptions.filter((s) => s.active).map((s) => s.destination);
  }
}

export const fakeStompFactory = (config: StompConfig) => new FakeStompClient(config);
