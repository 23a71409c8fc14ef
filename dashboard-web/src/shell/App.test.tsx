import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { stubFetch } from '../test/fetchStub';
import { App } from './App';

describe('App', () => {
  it('frames the Platform page with the CloudFlux app bar and a navigation entry for it', () => {
    stubFetch().mockReturnValue(new Promise(() => {}));

    render(<App />);

    expect(screen.getByRole('banner')).toHaveTextContent('CloudFlux');
    expect(screen.getByRole('link', { name: 'Platform' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('heading', { level: 1, name: 'Platform' })).toBeInTheDocument();
  });
});
