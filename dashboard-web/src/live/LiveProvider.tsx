import { Client } from '@stomp/stompjs';
import { createContext, useContext, useEffect, useMemo, useRef, useSyncExternalStore, type ReactNode } from 'react';
import { credentialHeaders, type Credential } from '../auth/credential';
import { LiveConnection, liveUrl, type LiveStatus, type StompClientFactory } from './liveConnection';

const LiveContext = createContext<LiveConnection | undefined>(undefined);

const stompClient: StompClientFactory = (config) => new Client(config);

/**
 * Holds the dashboard's one live connection for `credential`, open while this provider is mounted. `createClient`
 * replaces @stomp/stompjs in tests.
 */
export function LiveProvider({
  credential,
  createClient = stompClient,
  children,
}: {
  credential: Credential;
  createClient?: StompClientFactory;
  children: ReactNode;
}) {
  const connection = useMemo(() => new LiveConnection(createClient, liveUrl(), credentialHeaders(credential)), [createClient, credential]);
  useEffect(() => {
    connection.start();
    return () => connection.stop();
  }, [connection]);
  return <LiveContext value={connection}>{children}</LiveContext>;
}

function useConnection(): LiveConnection {
  const connection = useContext(LiveContext);
  if (!connection) throw new Error('live hooks need a <LiveProvider> above them');
  return connection;
}

/** The status of the live connection, re-rendering on each change. */
export function useLiveStatus(): LiveStatus {
  const connection = useConnection();
  return useSyncExternalStore(
    (onChange) => connection.onStatus(onChange),
    () => connection.status,
  );
}

/**
 * Delivers the parsed body of each message from `destination` to `handler` while the component is mounted, across
 * reconnects. With `once`, one message per connect (a history request). The latest `handler` is used, so it need not
 * be stable.
 */
export function useLiveSubscription(destination: string, handler: (body: unknown) => void, options: { once?: boolean } = {}): void {
  const connection = useConnection();
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  const once = options.once ?? false;
  useEffect(() => connection.subscribe(destination, (body) => latest.current(body), { once }), [connection, destination, once]);
}
