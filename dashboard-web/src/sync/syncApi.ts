import { postJson } from '../api/client';

/** The providers the sync service scans. */
export const PROVIDERS = ['AWS', 'AZURE', 'GCP', 'FILESYSTEM'] as const;
export const OBJECT_STATES = ['PRESENT', 'MISSING'] as const;
export const FINDING_KINDS = ['MISSING', 'CHANGED', 'LEFTOVER', 'CHECKSUM_MISMATCH'] as const;
export const FINDING_STATES = ['OPEN', 'REPAIRED', 'RESOLVED', 'DISMISSED'] as const;

export type ScanState = 'RUNNING' | 'COMPLETED' | 'FAILED' | 'ABANDONED';
export type ScanMode = 'FULL' | 'INCREMENTAL' | 'REPORT';

/** One scan of one bucket prefix, as the sync service shows it. */
export interface ScanRun {
  id: number;
  account: string;
  bucket: string;
  prefix: string;
  mode: ScanMode;
  trigger: string;
  state: ScanState;
  startedAt: string;
  finishedAt: string | null;
  updatedAt: string | null;
  pages: number;
  objectsSeen: number;
  bytesSeen: number;
  objectsNew: number;
  objectsChanged: number;
  objectsMissing: number;
  leftovers: number;
  errors: number;
  lastError: string | null;
  objectsPerSecond: number;
}

/** A configured bucket: its probe, what the catalog holds of it, its scans and its open findings. */
export interface BucketStatus {
  name: string;
  prefixes: string[];
  /** An ISO-8601 duration (or seconds), null when scanned on demand only. */
  scanEvery: string | number | null;
  reachable: boolean;
  latencyMillis: number | null;
  probeError: string | null;
  objects: number;
  bytes: number;
  missing: number;
  /** The newest run of each prefix, running or ended. */
  scans: ScanRun[];
  lastCompleted: ScanRun | null;
  /** Failed scan attempts over attempts in the last 24 h, 0 to 1. */
  scanErrorRate: number;
  openFindings: number;
}

/** A configured cloud account with its buckets. */
export interface CloudAccount {
  name: string;
  provider: string;
  endpoint: string | null;
  region: string | null;
  buckets: BucketStatus[];
}

export interface Checksums {
  md5: string | null;
  crc32c: string | null;
  sha256: string | null;
}

/** A location an object left. */
export interface HistoryEntry {
  location: string;
  storageClass: string | null;
  from: string;
  until: string;
  reason: string;
  actor: string | null;
}

/** A catalogued object; `history` only when read by itself. */
export interface CatalogObject {
  objectId: string;
  location: string;
  provider: string;
  account: string;
  bucket: string;
  key: string;
  sizeBytes: number;
  storageClass: string | null;
  etag: string | null;
  version: string | null;
  checksums: Checksums | null;
  lastModified: string | null;
  firstSeen: string;
  locatedAt: string | null;
  updatedAt: string | null;
  state: string;
  history?: HistoryEntry[] | null;
}

/** A difference between the catalog and a bucket, with what was seen. */
export interface DriftFinding {
  id: number;
  kind: string;
  state: string;
  objectId: string | null;
  location: string;
  account: string;
  bucket: string;
  evidence: Record<string, unknown> | null;
  scanId: number | null;
  detectedAt: string;
  closedAt: string | null;
  closedBy: string | null;
  note: string | null;
}

export type Decision = 'repair' | 'resolve' | 'dismiss';

export const CLOUDS_PATH = '/api/v1/clouds';
export const SCANS_PATH = '/api/v1/scans';
export const OBJECTS_PATH = '/api/v1/objects';
export const FINDINGS_PATH = '/api/v1/drift-findings';

/** Starts (or joins) a scan of each configured prefix of a bucket; answers the runs. */
export function scanNow(account: string, bucket: string): Promise<{ runs: ScanRun[] }> {
  return postJson(SCANS_PATH, { account, bucket });
}

/** Repairs, resolves or dismisses an open finding; the gateway names the caller as the one who decided. */
export function decide(findingId: number, decision: Decision, note: string): Promise<unknown> {
  const body = note.trim() === '' ? {} : { note: note.trim() };
  return postJson(`${FINDINGS_PATH}/${findingId}/${decision}`, body);
}

/** `path` with the non-empty `params` as its query. */
export function withQuery(path: string, params: Record<string, string>): string {
  const query = new URLSearchParams(Object.entries(params).filter(([, value]) => value !== ''));
  const search = query.toString();
  return search ? `${path}?${search}` : path;
}
