import { ReconnectionTimeMode, type IFrame, type IMessage, type StompConfig, type StompSubscription } from '@stomp/stompjs';

/** Where the live channel stands, as the app bar's indicator shows it. */
export type LiveStatus = 'connecting' | 'connected' | 'disconnected';

/** Every message of the live channel: which stream, when, and the stream's data. */
export interface Envelope<T = unknown> {
  stream: string;
  /** ISO-8601 instant. */
  at: string;
  data: T;
}

/** What {@link LiveConnection} needs of a STOMP client: @stomp/stompjs's Client, or a fake in tests. */
export interface StompClientLike {
  activate(): void;
  deactivate(): Promise<void>;
  subscribe(destination: string, callback: (message: IMessage) => void): Pick<StompSubscription, 'unsubscribe'>;
}

export type StompClientFactory = (config: StompConfig) => StompClientLike;

interface Registration {
  destination: string;
  handler: (body: unknown) => void;
  once: boolean;
  active?: Pick<StompSubscription, 'unsubscribe'> | undefined;
}

/** Reconnect delays double from this, up to {@link MAX_RECONNECT_DELAY_MS}. */
export const RECONNECT_DELAY_MS = 1_000;
export const MAX_RECONNECT_DELAY_MS = 30_000;

/**
 * The one STOMP connection of the dashboard: connects with the caller's credential, reconnects with backoff, and keeps
 * a registry of subscriptions that it makes again on every (re)connect, so views subscribe once and keep receiving
 * across drops. A `once` subscription (a history request to `/app/history/{stream}`) takes one message per connect and
 * then unsubscribes, so after a drop the view gets the history of the gap too.
 */
export class LiveConnection {
  private client: StompClientLike | undefined;
  private currentStatus: LiveStatus = 'disconnected';
  private readonly registrations = new Set<Registration>();
  private readonly statusListeners = new Set<(status: LiveStatus) => void>();

  constructor(
    private readonly createClient: StompClientFactory,
    private readonly brokerURL: string,
    private readonly connectHeaders: Record<string, string>,
  ) {}

  get status(): LiveStatus {
    return this.currentStatus;
  }

  /** Calls `listener` on every change of status; returns the unsubscribe function. */
  onStatus(listener: (status: LiveStatus) => void): () => void {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  }

  /**
   * Delivers each message's parsed JSON body from `destination` to `handler` until the returned function is called.
   */
  subscribe(destination: string, handler: (body: unknown) => void, { once = false }: { once?: boolean } = {}): () => void {
    const registration: Registration = { destination, handler, once };
    this.registrations.add(registration);
    if (this.currentStatus === 'connected' && this.client) this.activate(this.client, registration);
    return () => {
      this.registrations.delete(registration);
      registration.active?.unsubscribe();
      registration.active = undefined;
    };
  }

  start(): void {
    if (this.client) return;
    // Each start makes a new client: a stompjs Client cannot be activated again while it is still deactivating.
    const client: StompClientLike = this.createClient({
      brokerURL: this.brokerURL,
      connectHeaders: this.connectHeaders,
      reconnectDelay: RECONNECT_DELAY_MS,
      maxReconnectDelay: MAX_RECONNECT_DELAY_MS,
      reconnectTimeMode: ReconnectionTimeMode.EXPONENTIAL,
      beforeConnect: () => this.ifCurrent(client, () => this.setStatus('connecting')),
      onConnect: () => this.ifCurrent(client, () => this.connected(client)),
      onWebSocketClose: () => this.ifCurrent(client, () => this.disconnected()),
      onStompError: (frame: IFrame) => this.ifCurrent(client, () => console.warn('Live channel refused:', frame.headers.message ?? frame.body)),
    });
    this.client = client;
    this.setStatus('connecting');
    client.activate();
  }

  stop(): void {
    const client = this.client;
    this.client = undefined;
    this.disconnected();
    void client?.deactivate();
  }

  private connected(client: StompClientLike) {
    for (const registration of this.registrations) this.activate(client, registration);
    this.setStatus('connected');
  }

  private disconnected() {
    for (const registration of this.registrations) registration.active = undefined;
    this.setStatus('disconnected');
  }

  private activate(client: StompClientLike, registration: Registration) {
    const subscription = client.subscribe(registration.destination, (message) => {
      if (registration.once) {
        subscription.unsubscribe();
        registration.active = undefined;
      }
      registration.handler(parse(message.body));
    });
    registration.active = subscription;
  }

  private ifCurrent(client: StompClientLike, action: () => void) {
    if (client === this.client) action();
  }

  private setStatus(status: LiveStatus) {
    if (status === this.currentStatus) return;
    this.currentStatus = status;
    this.statusListeners.forEach((listener) => listener(status));
  }
}

function parse(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}

/** The live channel's address: `/ws` on the dashboard's own origin. */
export function liveUrl(location: Location = window.location): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws`;
}
