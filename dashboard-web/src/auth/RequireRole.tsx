import type { ReactNode } from 'react';
import { useMe } from './AuthContext';
import { includes, type Role } from './roles';

/** The signed-in caller's role. */
export function useRole(): Role {
  return useMe().role;
}

/** True when the signed-in caller may do what `required` may. */
export function useHasRole(required: Role): boolean {
  return includes(useRole(), required);
}

/**
 * Shows its children only to callers with `role` (or a role including it); others see `otherwise`, nothing by
 * default. A control that should stay visible but unusable takes `disabled={!useHasRole(role)}` instead.
 */
export function RequireRole({ role, children, otherwise = null }: { role: Role; children: ReactNode; otherwise?: ReactNode }) {
  return useHasRole(role) ? children : otherwise;
}
