import { describe, expect, it } from 'vitest';
import { mergeSamples, RATE_WINDOW_MS, samplesOf } from './accessRate';

const envelope = (at: string, eventsPerSecond: number) => ({
  stream: 'access-rate',
  at,
  data: { windowStart: at, windowEnd: at, events: eventsPerSecond, bytes: 0, eventsPerSecond, byOperation: {} },
});

describe('the event rate samples', () => {
  it('reads a live envelope and a history array alike, skipping anything that is not an access rate', () => {
    expect(samplesOf(envelope('2026-11-27T02:40:00Z', 3))).toEqual([{ at: Date.parse('2026-11-27T02:40:00Z'), eventsPerSecond: 3, byOperation: {} }]);
    expect(samplesOf([envelope('2026-11-27T02:40:00Z', 0), { stream: 'access-rate', at: 'yesterday', data: {} }, null])).toHaveLength(1);
  });

  it('keeps one sample per instant, oldest first, within the window of the newest', () => {
    const at = (seconds: number) => Date.parse('2026-11-27T02:40:00Z') + seconds * 1000;
    const sample = (seconds: number, eventsPerSecond: number) => ({ at: at(seconds), eventsPerSecond, byOperation: {} });
    const history = [sample(-400, 9), sample(0, 1), sample(1, 2)];

    const merged = mergeSamples(mergeSamples([], history), [sample(1, 2), sample(2, 0)]);

    expect(merged).toEqual([sample(0, 1), sample(1, 2), sample(2, 0)]);
    expect(merged[0]!.at).toBeGreaterThanOrEqual(at(2) - RATE_WINDOW_MS);
  });
});
