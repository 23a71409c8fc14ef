const UNITS = ['B', 'KB', 'MB', 'GB', 'TB', 'PB'];

/** Bytes in binary units, e.g. `1.5 MB` (1024-based, as the providers' consoles show them). */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (Math.abs(value) >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${value} B` : `${value.toFixed(value < 10 ? 1 : 0)} ${UNITS[unit]}`;
}

export const formatCount = (count: number) => count.toLocaleString('en');

/** A moment in the reader's locale, or a dash when there is none. */
export const formatWhen = (iso: string | null | undefined) => (iso ? new Date(iso).toLocaleString() : '—');

/** Milliseconds as `42 s`, `3 min 5 s`, `2 h 4 min`. */
export function formatElapsed(millis: number): string {
  const seconds = Math.max(0, Math.round(millis / 1000));
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ${seconds % 60} s`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/** How long from `start` to `end` (or to now, for something still running). */
export function formatSpan(start: string, end: string | null): string {
  return formatElapsed((end ? Date.parse(end) : Date.now()) - Date.parse(start));
}

/** A schedule as the service serializes a Duration (ISO-8601 `PT6H`, or seconds): `every 6h`, or `on demand`. */
export function formatSchedule(every: string | number | null): string {
  if (every === null || every === '') return 'on demand';
  if (typeof every === 'number') return `every ${formatElapsed(every * 1000)}`;
  return `every ${every.replace(/^PT?/, '').toLowerCase()}`;
}

export const formatRate = (rate: number) => `${(rate * 100).toFixed(rate > 0 && rate < 0.01 ? 1 : 0)} %`;
