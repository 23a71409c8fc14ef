import { useCallback, useState } from 'react';
import type { Envelope } from '../../live/liveConnection';
import { useLiveSubscription } from '../../live/LiveProvider';

/** The data of an access-rate message: the events of one window, sent every second, zero when idle. */
export interface AccessRate {
  windowStart: string;
  windowEnd: string;
  events: number;
  bytes: number;
  eventsPerSecond: number;
  byOperation: Record<string, number>;
}

/** One point of the event-rate chart. */
export interface RateSample {
  /** When the gateway sent it, in epoch milliseconds. */
  at: number;
  eventsPerSecond: number;
  byOperation: Record<string, number>;
}

/** How far back the chart reaches from its newest sample. */
export const RATE_WINDOW_MS = 5 * 60_000;

/**
 * Adds samples to `previous`: one per instant (a live message that history also holds counts once), oldest first,
 * none older than {@link RATE_WINDOW_MS} before the newest.
 */
export function mergeSamples(previous: readonly RateSample[], added: readonly RateSample[]): RateSample[] {
  if (added.length === 0) return previous as RateSample[];
  const byInstant = new Map(previous.map((sample) => [sample.at, sample]));
  for (const sample of added) byInstant.set(sample.at, sample);
  const sorted = [...byInstant.values()].sort((a, b) => a.at - b.at);
  const newest = sorted.at(-1)?.at ?? 0;
  return sorted.filter((sample) => sample.at >= newest - RATE_WINDOW_MS);
}

/** The samples of whatever access-rate envelopes `body` holds; anything else is skipped, never guessed at. */
export function samplesOf(body: unknown): RateSample[] {
  const envelopes = Array.isArray(body) ? body : [body];
  return envelopes.filter(isAccessRateEnvelope).map((envelope) => ({
    at: Date.parse(envelope.at),
    eventsPerSecond: envelope.data.eventsPerSecond,
    byOperation: envelope.data.byOperation ?? {},
  }));
}

function isAccessRateEnvelope(value: unknown): value is Envelope<AccessRate> {
  if (typeof value !== 'object' || value === null) return false;
  const { at, data } = value as Partial<Envelope<Partial<AccessRate>>>;
  return typeof at === 'string' && !Number.isNaN(Date.parse(at)) && typeof data?.eventsPerSecond === 'number';
}

/** The live event rate: the history the gateway keeps (asked again on each connect), then each second's message. */
export function useAccessRate(): RateSample[] {
  const [samples, setSamples] = useState<RateSample[]>([]);
  const add = useCallback((body: unknown) => setSamples((previous) => mergeSamples(previous, samplesOf(body))), []);
  // The live topic first, then the history, as the gateway advises, so no second falls between them; samples of one
  // instant count once.
  useLiveSubscription('/topic/access-rate', add);
  useLiveSubscription('/app/history/access-rate', add, { once: true });
  return samples;
}
