/** What a caller may do, each role including the ones before it (as the gateway's Role). */
export type Role = 'VIEWER' | 'OPERATOR' | 'ADMIN';

const ORDER: readonly Role[] = ['VIEWER', 'OPERATOR', 'ADMIN'];

/** True when `role` may do what `required` may. */
export function includes(role: Role, required: Role): boolean {
  return ORDER.indexOf(role) >= ORDER.indexOf(required);
}

export function isRole(value: unknown): value is Role {
  return ORDER.includes(value as Role);
}
