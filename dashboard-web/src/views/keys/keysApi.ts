import { deleteResource, postJson } from '../../api/client';
import type { Role } from '../../auth/roles';

/** An API key as the gateway lists it: never the key itself, only its first characters. */
export interface ApiKey {
  id: string;
  name: string;
  role: Role;
  prefix: string;
  createdAt: string;
  /** The name of the caller who created it. */
  createdBy: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/** The answer to creating a key: the only time the gateway shows the key. */
export interface CreatedKey extends Omit<ApiKey, 'createdBy' | 'lastUsedAt' | 'revokedAt'> {
  key: string;
}

export const KEYS_PATH = '/api/v1/keys';

export function createKey(name: string, role: Role): Promise<CreatedKey> {
  return postJson<CreatedKey>(KEYS_PATH, { name, role });
}

export function revokeKey(id: string): Promise<void> {
  return deleteResource(`${KEYS_PATH}/${encodeURIComponent(id)}`);
}
