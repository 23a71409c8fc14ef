import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(cleanup);

// A view's chunk is imported on first use, and Vitest transforms it then: seconds on a busy machine.
configure({ asyncUtilTimeout: 10_000 });

// jsdom lays nothing out, so it has no ResizeObserver; recharts' ResponsiveContainer needs one.
class NoopResizeObserver implements ResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= NoopResizeObserver;

// Each test starts signed out, at the landing view, with the system's theme.
afterEach(() => {
  sessionStorage.clear();
  localStorage.clear();
  window.location.hash = '';
});
