import { useCallback, useMemo, useSyncExternalStore } from 'react';

/**
 * Where the dashboard is: the hash route `#/{path}?{query}`. Hash routing needs no server-side routes, and the query
 * in the hash holds a view's filters and paging, so a reload or a shared link shows the same thing.
 */
export interface HashLocation {
  /** Without the leading `#/`, e.g. `objects/o-42`. */
  path: string;
  query: URLSearchParams;
}

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function parseHash(hash: string): HashLocation {
  const route = hash.replace(/^#\/?/, '');
  const queryStart = route.indexOf('?');
  return queryStart < 0
    ? { path: route, query: new URLSearchParams() }
    : { path: route.slice(0, queryStart), query: new URLSearchParams(route.slice(queryStart + 1)) };
}

export function hrefOf(path: string, query?: URLSearchParams): string {
  const search = query?.toString();
  return `#/${path}${search ? `?${search}` : ''}`;
}

export function useHashLocation(): HashLocation {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return useMemo(() => parseHash(hash), [hash]);
}

/**
 * A view's state in the URL's query: the values of `defaults`' keys, each falling back to its default, and a setter
 * that merges changes into the query (a value equal to its default is left out, keeping links short). Each change
 * is a history entry, so Back undoes it. Pass `defaults` as a module constant: a new object each render would make
 * new values each render.
 */
export function useQueryState<K extends string>(defaults: Record<K, string>): [Record<K, string>, (changes: Partial<Record<K, string>>) => void] {
  const { path, query } = useHashLocation();
  const values = useMemo(() => {
    const read = {} as Record<K, string>;
    for (const key of Object.keys(defaults) as K[]) read[key] = query.get(key) ?? defaults[key];
    return read;
  }, [query, defaults]);
  const update = useCallback(
    (changes: Partial<Record<K, string>>) => {
      const next = new URLSearchParams(query);
      for (const [key, value] of Object.entries(changes) as [K, string | undefined][]) {
        if (value === undefined || value === defaults[key]) next.delete(key);
        else next.set(key, value);
      }
      window.location.hash = hrefOf(path, next);
    },
    [path, query, defaults],
  );
  return [values, update];
}
