import { describe, expect, it } from 'vitest';
import { fetchPlatformStatus } from '../platform/platformApi';
import { jsonResponse, stubFetch } from '../test/fetchStub';
import { platformUp } from '../test/gatewayFixtures';
import { hrefOf, parseHash } from './hashLocation';
import { matchRoute, preloadViewAt } from './routes';

describe('routes', () => {
  it('matches a view by its path, with its parameters', () => {
    expect(matchRoute('cost')?.route.id).toBe('cost');
    expect(matchRoute('objects')).toMatchObject({ route: { id: 'objects' }, params: {} });
    expect(matchRoute('objects/a%2Fb')).toMatchObject({ route: { id: 'objects' }, params: { id: 'a/b' } });
    expect(matchRoute('objects/a/b')).toBeUndefined();
    expect(matchRoute('nowhere')).toBeUndefined();
  });

  it('reads and writes the query of a hash route', () => {
    const { path, query } = parseHash('#/keys?page=1&sort=name,asc');

    expect(path).toBe('keys');
    expect(Object.fromEntries(query)).toEqual({ page: '1', sort: 'name,asc' });
    expect(hrefOf('keys', query)).toBe('#/keys?page=1&sort=name%2Casc');
    expect(hrefOf('overview', new URLSearchParams())).toBe('#/overview');
  });
});

describe('opening the dashboard signed in already', () => {
  it('starts the Overview’s status request at once and hands its answer to the Overview’s first poll', async () => {
    const fetch = stubFetch().mockResolvedValue(jsonResponse(platformUp));

    preloadViewAt('#/overview');
    expect(fetch).toHaveBeenCalledTimes(1);

    await expect(fetchPlatformStatus()).resolves.toEqual(platformUp);
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});
