import { describe, expect, it, vi } from 'vitest';
import { saveCredential } from '../auth/credential';
import { jsonResponse, stubFetch } from '../test/fetchStub';
import { deleteResource, getJson, NetworkError, onUnauthorized, postJson, ProblemError, request } from './client';

describe('getJson', () => {
  it('resolves with the parsed body of a 2xx answer', async () => {
    const fetch = stubFetch().mockResolvedValue(jsonResponse({ status: 'UP' }));

    await expect(getJson('/api/v1/platform/status')).resolves.toEqual({ status: 'UP' });
    expect(fetch).toHaveBeenCalledWith('/api/v1/platform/status', expect.objectContaining({ headers: { Accept: 'application/json' } }));
  });

  it('rejects with the title and detail of a problem body', async () => {
    const problem = { type: 'https://cloudflux.io/problems/not-found', title: 'Not Found', status: 404, detail: 'No object o-42' };
    stubFetch().mockResolvedValue(
      new Response(JSON.stringify(problem), { status: 404, headers: { 'Content-Type': 'application/problem+json' } }),
    );

    const error = await getJson('/api/v1/objects/o-42').catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ProblemError);
    expect(error).toMatchObject({ title: 'Not Found', detail: 'No object o-42', problem });
  });

  it('rejects with the status line when a non-2xx answer has no problem body', async () => {
    stubFetch().mockResolvedValue(new Response('<html>Bad Gateway</html>', { status: 502, statusText: 'Bad Gateway' }));

    const error = await getJson('/api/v1/platform/status').catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ProblemError);
    expect(error).toMatchObject({ title: 'Bad Gateway', detail: undefined, problem: { type: 'about:blank', status: 502 } });
  });

  it('rejects with a network error when no answer comes back', async () => {
    stubFetch().mockRejectedValue(new TypeError('Failed to fetch'));

    const error = await getJson('/api/v1/platform/status').catch((e: unknown) => e);

    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ title: 'Cannot reach the gateway', detail: 'Failed to fetch' });
  });

  it('rejects with the abort error itself when the caller aborts', async () => {
    const controller = new AbortController();
    const aborted = new DOMException('The operation was aborted.', 'AbortError');
    stubFetch().mockImplementation(() => {
      controller.abort();
      return Promise.reject(aborted);
    });

    await expect(getJson('/api/v1/platform/status', controller.signal)).rejects.toBe(aborted);
  });
});

describe('calls with a credential', () => {
  it('presents the stored API key, or the bearer token of an SSO sign-in', async () => {
    const fetch = stubFetch().mockImplementation(() => Promise.resolve(jsonResponse({})));

    saveCredential({ kind: 'apiKey', key: 'cfx_Ab12' });
    await getJson('/api/v1/me');
    saveCredential({ kind: 'bearer', token: 'eyJ.t' });
    await getJson('/api/v1/me');

    expect(fetch.mock.calls[0]?.[1]?.headers).toEqual({ Accept: 'application/json', 'X-Api-Key': 'cfx_Ab12' });
    expect(fetch.mock.calls[1]?.[1]?.headers).toEqual({ Accept: 'application/json', Authorization: 'Bearer eyJ.t' });
  });

  it('signs the dashboard out when the gateway refuses the stored credential', async () => {
    saveCredential({ kind: 'apiKey', key: 'cfx_revoked' });
    stubFetch().mockResolvedValue(jsonResponse({ type: 'about:blank', title: 'Unauthorized', status: 401 }, { status: 401 }));
    const signedOut = vi.fn();
    const unsubscribe = onUnauthorized(signedOut);

    await expect(getJson('/api/v1/platform/status')).rejects.toBeInstanceOf(ProblemError);
    unsubscribe();

    expect(signedOut).toHaveBeenCalledTimes(1);
  });

  it('does not sign out over a 401 for a credential being checked', async () => {
    stubFetch().mockResolvedValue(jsonResponse({ type: 'about:blank', title: 'Unauthorized', status: 401 }, { status: 401 }));
    const signedOut = vi.fn();
    const unsubscribe = onUnauthorized(signedOut);

    await expect(request('GET', '/api/v1/me', { credential: { kind: 'apiKey', key: 'cfx_typo' } })).rejects.toMatchObject({ status: 401 });
    unsubscribe();

    expect(signedOut).not.toHaveBeenCalled();
  });

  it('POSTs a JSON body and DELETEs, resolving a 204 with nothing', async () => {
    const fetch = stubFetch()
      .mockResolvedValueOnce(jsonResponse({ id: 'k1' }, { status: 201 }))
      .mockResolvedValueOnce(new Response(null, { status: 204 }));

    await expect(postJson('/api/v1/keys', { name: 'ci', role: 'VIEWER' })).resolves.toEqual({ id: 'k1' });
    await expect(deleteResource('/api/v1/keys/k1')).resolves.toBeUndefined();

    expect(fetch.mock.calls[0]?.[1]).toMatchObject({
      method: 'POST',
      body: '{"name":"ci","role":"VIEWER"}',
      headers: { 'Content-Type': 'application/json' },
    });
    expect(fetch.mock.calls[1]?.[1]).toMatchObject({ method: 'DELETE' });
  });

  it('lists every problem of a 400 by field', async () => {
    const body = {
      type: 'https://cloudflux.io/problems/validation',
      title: 'Bad Request',
      status: 400,
      errors: [
        { field: 'name', message: 'must not be blank' },
        { field: 'role', message: 'must be one of VIEWER, OPERATOR, ADMIN' },
        { field: 'name', message: 'must be at most 64 characters' },
      ],
    };
    stubFetch().mockResolvedValue(jsonResponse(body, { status: 400 }));

    const error = (await postJson('/api/v1/keys', {}).catch((e: unknown) => e)) as ProblemError;

    expect(error.fieldErrors).toEqual({
      name: 'must not be blank; must be at most 64 characters',
      role: 'must be one of VIEWER, OPERATOR, ADMIN',
    });
  });

  it('says when to try again after a 429', async () => {
    stubFetch().mockResolvedValue(
      jsonResponse({ type: 'about:blank', title: 'Too Many Requests', status: 429, detail: 'Rate limit reached.' }, { status: 429, headers: { 'Retry-After': '7' } }),
    );

    const error = await getJson('/api/v1/keys').catch((e: unknown) => e);

    expect(error).toMatchObject({ retryAfterSeconds: 7, detail: 'Rate limit reached. Try again in 7 s.' });
  });
});
