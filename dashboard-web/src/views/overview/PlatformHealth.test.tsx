import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, stubFetch } from '../../test/fetchStub';
import { PlatformHealth } from './PlatformHealth';
import type { PlatformStatus } from '../../platform/platformApi';

const degraded: PlatformStatus = {
  status: 'DEGRADED',
  checkedAt: '2026-11-27T02:40:00Z',
  services: [
    { name: 'gateway', status: 'UP', url: 'http://localhost:8080' },
    { name: 'classifier-service', status: 'UP', url: 'http://localhost:8081' },
    { name: 'predictor-service', status: 'DOWN', url: 'http://localhost:8082', detail: 'Connection refused' },
    { name: 'cost-service', status: 'UNKNOWN', url: 'http://localhost:8083' },
  ],
};

const rowOf = (service: string) => within(screen.getByRole('row', { name: new RegExp(service) }));

describe('PlatformHealth', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows the overall status and each service with its own status', async () => {
    stubFetch().mockResolvedValue(jsonResponse(degraded));

    render(<PlatformHealth />);

    expect(await screen.findByText('DEGRADED')).toBeInTheDocument();
    expect(rowOf('classifier-service').getByText('UP')).toBeInTheDocument();
    expect(rowOf('predictor-service').getByText('DOWN')).toBeInTheDocument();
    expect(rowOf('predictor-service').getByText('Connection refused')).toBeInTheDocument();
    expect(rowOf('cost-service').getByText('UNKNOWN')).toBeInTheDocument();
  });

  it('shows a loading indicator until the gateway answers', () => {
    stubFetch().mockReturnValue(new Promise(() => {}));

    render(<PlatformHealth />);

    expect(screen.getByRole('progressbar', { name: 'Loading' })).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows an error when the gateway cannot be reached and loads the status on retry', async () => {
    const fetch = stubFetch().mockRejectedValueOnce(new TypeError('Failed to fetch'));

    render(<PlatformHealth />);

    expect(await screen.findByText('Cannot reach the gateway')).toBeInTheDocument();
    expect(screen.getByText('Failed to fetch')).toBeInTheDocument();

    fetch.mockResolvedValue(jsonResponse(degraded));
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));

    expect(await screen.findByRole('row', { name: /predictor-service/ })).toBeInTheDocument();
    expect(screen.queryByText('Cannot reach the gateway')).not.toBeInTheDocument();
  });

  it('shows the title and detail of a problem the gateway answers with', async () => {
    stubFetch().mockResolvedValue(
      jsonResponse({ type: 'about:blank', title: 'Service Unavailable', status: 503, detail: 'Gateway is starting' }, { status: 503 }),
    );

    render(<PlatformHealth />);

    expect(await screen.findByText('Service Unavailable')).toBeInTheDocument();
    expect(screen.getByText('Gateway is starting')).toBeInTheDocument();
  });

  it('polls the gateway again every five seconds and shows the newer status', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const recovered: PlatformStatus = {
      ...degraded,
      status: 'UP',
      services: degraded.services.map((service) => ({ name: service.name, status: 'UP', url: service.url })),
    };
    const fetch = stubFetch().mockResolvedValueOnce(jsonResponse(degraded)).mockResolvedValue(jsonResponse(recovered));

    render(<PlatformHealth />);
    expect(await screen.findByText('DEGRADED')).toBeInTheDocument();

    await act(() => vi.advanceTimersByTimeAsync(5_000));

    expect(fetch).toHaveBeenCalledTimes(2);
    expect(rowOf('predictor-service').getByText('UP')).toBeInTheDocument();
    expect(screen.queryByText('DEGRADED')).not.toBeInTheDocument();
  });
});
