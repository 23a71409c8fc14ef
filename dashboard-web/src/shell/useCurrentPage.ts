import { useSyncExternalStore } from 'react';
import { pages, type Page } from './pages';

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The page the location hash names, or the landing page; hash routing needs no server routes. */
export function useCurrentPage(): Page {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  const id = hash.replace(/^#\/?/, '');
  return pages.find((page) => page.id === id) ?? pages[0];
}
