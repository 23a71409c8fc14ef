import { vi } from 'vitest';
import { jsonResponse } from './fetchStub';

type Answer = Response | ((request: { url: URL; init: RequestInit }) => Response | Promise<Response>);

/**
 * Replaces fetch with a gateway that answers `METHOD /path` (query ignored) from `answers`, and 404 with a problem
 * for anything else; a test adds or changes answers as it goes. Responses are made fresh for each call.
 */
export function stubGateway(answers: Record<string, Answer>) {
  const fetch = vi.fn<typeof globalThis.fetch>(async (input, init = {}) => {
    const url = new URL(String(input), 'http://localhost');
    const answer = answers[`${init.method ?? 'GET'} ${url.pathname}`];
    if (!answer) return jsonResponse({ type: 'about:blank', title: 'Not Found', status: 404 }, { status: 404 });
    return typeof answer === 'function' ? answer({ url, init }) : answer.clone();
  });
  vi.stubGlobal('fetch', fetch);
  return {
    fetch,
    answers,
    /** The calls made to `METHOD /path`, each with its URL and init. */
    calls(route: string) {
      return fetch.mock.calls
        .map(([input, init = {}]) => ({ url: new URL(String(input), 'http://localhost'), init }))
        .filter(({ url, init }) => `${init.method ?? 'GET'} ${url.pathname}` === route);
    },
  };
}

/** The headers a call was made with. */
export function headersOf(init: RequestInit): Record<string, string> {
  return (init.headers ?? {}) as Record<string, string>;
}
