import { Component, type ReactNode } from 'react';
import { ErrorState } from '../ui/states';

/**
 * Shows a view's failure to load or render (a chunk that cannot be fetched after a release, a bug) as an error state
 * with a reload, instead of a blank page. Keyed by the route, so another view starts afresh.
 */
export class ViewErrorBoundary extends Component<{ children: ReactNode }, { error?: Error }> {
  override state: { error?: Error } = {};

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return <ErrorState error={error} fallbackTitle="This view failed to load" onRetry={() => window.location.reload()} />;
  }
}
