import { vi } from 'vitest';

/** Answers with a JSON body, as the gateway does. */
export function jsonResponse(body: unknown, init: ResponseInit = {}): Response {
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' }, ...init });
}

/** Replaces global fetch for this test; vitest's unstubGlobals puts the real one back. */
export function stubFetch() {
  const fetch = vi.fn<typeof globalThis.fetch>();
  vi.stubGlobal('fetch', fetch);
  return fetch;
}
