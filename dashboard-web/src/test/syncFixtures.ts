import type { BucketStatus, CatalogObject, CloudAccount, DriftFinding, ScanRun } from '../sync/syncApi';
import { jsonResponse } from './fetchStub';

export function scanRun(overrides: Partial<ScanRun> = {}): ScanRun {
  return {
    id: 7,
    account: 'demo-aws',
    bucket: 'media',
    prefix: '',
    mode: 'FULL',
    trigger: 'ON_DEMAND',
    state: 'COMPLETED',
    startedAt: '2026-11-27T02:00:00Z',
    finishedAt: '2026-11-27T02:01:30Z',
    updatedAt: '2026-11-27T02:01:30Z',
    pages: 3,
    objectsSeen: 2400,
    bytesSeen: 3 * 1024 * 1024 * 1024,
    objectsNew: 2400,
    objectsChanged: 0,
    objectsMissing: 0,
    leftovers: 0,
    errors: 0,
    lastError: null,
    objectsPerSecond: 26.7,
    ...overrides,
  };
}

export function bucketStatus(overrides: Partial<BucketStatus> = {}): BucketStatus {
  return {
    name: 'media',
    prefixes: [''],
    scanEvery: 'PT6H',
    reachable: true,
    latencyMillis: 12,
    probeError: null,
    objects: 2400,
    bytes: 3 * 1024 * 1024 * 1024,
    missing: 1,
    scans: [scanRun()],
    lastCompleted: scanRun(),
    scanErrorRate: 0,
    openFindings: 2,
    ...overrides,
  };
}

export function cloudAccount(overrides: Partial<CloudAccount> = {}): CloudAccount {
  return { name: 'demo-aws', provider: 'AWS', endpoint: 'http://127.0.0.1:9090', region: 'eu-west-1', buckets: [bucketStatus()], ...overrides };
}

export function catalogObject(overrides: Partial<CatalogObject> = {}): CatalogObject {
  return {
    objectId: '5b0c6a4e-0000-4000-8000-000000000001',
    location: 's3://media/videos/intro.mp4',
    provider: 'AWS',
    account: 'demo-aws',
    bucket: 'media',
    key: 'videos/intro.mp4',
    sizeBytes: 5 * 1024 * 1024,
    storageClass: 'STANDARD',
    etag: '"9b2cf535f27731c974343645a3985328"',
    version: null,
    checksums: { md5: 'myzzNfJ3McmXNDRmo5hTKA==', crc32c: 'yZRlqg==', sha256: null },
    lastModified: '2026-11-20T08:00:00Z',
    firstSeen: '2026-11-27T02:00:10Z',
    locatedAt: '2026-11-27T02:00:10Z',
    updatedAt: '2026-11-27T02:00:10Z',
    state: 'PRESENT',
    ...overrides,
  };
}

export function driftFinding(overrides: Partial<DriftFinding> = {}): DriftFinding {
  return {
    id: 31,
    kind: 'CHANGED',
    state: 'OPEN',
    objectId: catalogObject().objectId,
    location: 's3://media/videos/intro.mp4',
    account: 'demo-aws',
    bucket: 'media',
    evidence: { catalog: { sizeBytes: 5242880, etag: '"old"' }, observed: { sizeBytes: 6291456, etag: '"new"' } },
    scanId: 7,
    detectedAt: '2026-11-27T02:01:30Z',
    closedAt: null,
    closedBy: null,
    note: null,
    ...overrides,
  };
}

export const pageOf = <T>(items: T[], total = items.length) => jsonResponse({ items, page: 0, size: 20, total });
