import type { ComponentType } from 'react';
import { PlatformPage } from '../platform/PlatformPage';

/** A page of the dashboard: one entry in the navigation drawer, addressed as #/{id}. */
export interface Page {
  id: string;
  title: string;
  component: ComponentType;
}

/** In drawer order; the first is the landing page. */
export const pages: readonly [Page, ...Page[]] = [{ id: 'platform', title: 'Platform', component: PlatformPage }];
