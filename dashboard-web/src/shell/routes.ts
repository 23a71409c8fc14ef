import type { SvgIconComponent } from '@mui/icons-material';
import CloudOutlined from '@mui/icons-material/CloudOutlined';
import DashboardOutlined from '@mui/icons-material/DashboardOutlined';
import DescriptionOutlined from '@mui/icons-material/DescriptionOutlined';
import FolderOpenOutlined from '@mui/icons-material/FolderOpenOutlined';
import GppMaybeOutlined from '@mui/icons-material/GppMaybeOutlined';
import InsightsOutlined from '@mui/icons-material/InsightsOutlined';
import PieChartOutlined from '@mui/icons-material/PieChartOutlined';
import PolicyOutlined from '@mui/icons-material/PolicyOutlined';
import SavingsOutlined from '@mui/icons-material/SavingsOutlined';
import StreamOutlined from '@mui/icons-material/StreamOutlined';
import SwapHorizOutlined from '@mui/icons-material/SwapHorizOutlined';
import VpnKeyOutlined from '@mui/icons-material/VpnKeyOutlined';
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { Role } from '../auth/roles';
import { prefetchPlatformStatus } from '../platform/platformApi';
import { parseHash } from './hashLocation';

/** What the frame gives a view: its title from this table and the parameters of its path. */
export interface ViewProps {
  title: string;
  params: Readonly<Record<string, string>>;
}

/** One view of the dashboard, addressed as `#/{pattern}`; its module is its own chunk, loaded when first opened. */
export interface ViewRoute {
  id: string;
  title: string;
  /** Path segments; `:name` takes one segment as a parameter, `:name?` an optional last one. */
  pattern: string;
  icon: SvgIconComponent;
  /** Only callers with this role (or one including it) see the view in the navigation and may open it. */
  role?: Role;
  view: LazyExoticComponent<ComponentType<ViewProps>>;
  /** Starts fetching the view's chunk, to overlap it with other waits; `view` then renders without waiting again. */
  load: () => Promise<unknown>;
  /** Starts the view's first request, when the dashboard opens at this view already signed in. */
  prefetch?: () => void;
}

function lazyView(load: () => Promise<{ default: ComponentType<ViewProps> }>): Pick<ViewRoute, 'view' | 'load'> {
  return { view: lazy(load), load };
}

/** Every view, in navigation order; the first is the landing view. A later issue fills a view by editing its module. */
export const routes: readonly [ViewRoute, ...ViewRoute[]] = [
  {
    id: 'overview',
    title: 'Overview',
    pattern: 'overview',
    icon: DashboardOutlined,
    prefetch: prefetchPlatformStatus,
    ...lazyView(() => import('../views/overview/OverviewView')),
  },
  { id: 'distribution', title: 'Data distribution', pattern: 'distribution', icon: PieChartOutlined, ...lazyView(() => import('../views/distribution/DistributionView')) },
  { id: 'streaming', title: 'Streaming', pattern: 'streaming', icon: StreamOutlined, ...lazyView(() => import('../views/streaming/StreamingView')) },
  { id: 'migrations', title: 'Migrations', pattern: 'migrations', icon: SwapHorizOutlined, ...lazyView(() => import('../views/migrations/MigrationsView')) },
  { id: 'cost', title: 'Cost', pattern: 'cost', icon: SavingsOutlined, ...lazyView(() => import('../views/cost/CostView')) },
  { id: 'ml', title: 'ML insights', pattern: 'ml', icon: InsightsOutlined, ...lazyView(() => import('../views/ml/MlInsightsView')) },
  { id: 'cloud', title: 'Cloud status', pattern: 'cloud', icon: CloudOutlined, ...lazyView(() => import('../views/cloud/CloudStatusView')) },
  { id: 'catalog', title: 'Objects', pattern: 'catalog', icon: FolderOpenOutlined, ...lazyView(() => import('../views/catalog/ObjectsView')) },
  { id: 'objects', title: 'Object detail', pattern: 'objects/:id?', icon: DescriptionOutlined, ...lazyView(() => import('../views/objects/ObjectDetailView')) },
  { id: 'drift', title: 'Drift findings', pattern: 'drift', icon: GppMaybeOutlined, ...lazyView(() => import('../views/drift/DriftView')) },
  { id: 'policies', title: 'Policies', pattern: 'policies', icon: PolicyOutlined, ...lazyView(() => import('../views/policies/PoliciesView')) },
  { id: 'keys', title: 'API keys', pattern: 'keys', icon: VpnKeyOutlined, role: 'ADMIN', ...lazyView(() => import('../views/keys/KeysView')) },
];

/** The view `path` names, the landing view for an empty path, or undefined when none does. */
export function routeAt(path: string): RouteMatch | undefined {
  return path === '' ? { route: routes[0], params: {} } : matchRoute(path);
}

/**
 * When the dashboard opens signed in already (a reload, a shared link), starts the chunk and the first request of the
 * view at `hash` while the gateway checks the credential, rather than after. A failure shows when the view renders.
 */
export function preloadViewAt(hash: string): void {
  const route = routeAt(parseHash(hash).path)?.route;
  route?.load().catch(() => {});
  route?.prefetch?.();
}

export interface RouteMatch {
  route: ViewRoute;
  params: Record<string, string>;
}

/** The view `path` names with its parameters, or undefined when none does. */
export function matchRoute(path: string): RouteMatch | undefined {
  const segments = path.split('/').filter((segment) => segment !== '');
  for (const route of routes) {
    const params = matchPattern(route.pattern.split('/'), segments);
    if (params) return { route, params };
  }
  return undefined;
}

function matchPattern(pattern: string[], segments: string[]): Record<string, string> | undefined {
  const required = pattern.filter((part) => !part.endsWith('?')).length;
  if (segments.length < required || segments.length > pattern.length) return undefined;
  const params: Record<string, string> = {};
  for (const [index, part] of pattern.entries()) {
    const segment = segments[index];
    if (part.startsWith(':')) {
      if (segment !== undefined) params[part.replace(/^:|\?$/g, '')] = decodeURIComponent(segment);
    } else if (part !== segment) {
      return undefined;
    }
  }
  return params;
}
