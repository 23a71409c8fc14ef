import { describe, expect, it } from 'vitest';
import { jsonResponse, stubFetch } from '../test/fetchStub';
import { getJson, NetworkError, ProblemError } from './client';

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
