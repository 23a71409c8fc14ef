import { credentialHeaders, loadCredential, type Credential } from '../auth/credential';

/** One problem with one field of a request, as listed in a 400 problem's `errors`. */
export interface FieldProblem {
  field: string;
  message: string;
}

/** An RFC 9457 problem detail: the body the gateway answers with on any non-2xx response. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  /** Every problem with the request, when the gateway rejected its content (400). */
  errors?: FieldProblem[];
}

/** Why a call to the gateway failed, with a title and detail fit to show to an operator. */
export abstract class ApiError extends Error {
  abstract readonly title: string;
  abstract readonly detail: string | undefined;
}

/** The gateway answered, with a non-2xx status described by a problem detail. */
export class ProblemError extends ApiError {
  readonly title: string;
  readonly detail: string | undefined;

  /** @param retryAfterSeconds what a 429's Retry-After header asks, when it does */
  constructor(
    readonly problem: Problem,
    readonly retryAfterSeconds?: number,
  ) {
    super(problem.detail ? `${problem.title}: ${problem.detail}` : problem.title);
    this.name = 'ProblemError';
    this.title = problem.title;
    this.detail = retryAfterSeconds === undefined ? problem.detail : `${problem.detail ?? 'Too many requests.'} Try again in ${retryAfterSeconds} s.`;
  }

  get status(): number {
    return this.problem.status;
  }

  /** The field problems of a 400, by field name; several problems with one field are joined. */
  get fieldErrors(): Record<string, string> {
    const byField: Record<string, string> = {};
    for (const { field, message } of this.problem.errors ?? []) {
      byField[field] = byField[field] ? `${byField[field]}; ${message}` : message;
    }
    return byField;
  }
}

/** No answer came back: the gateway is down, unreachable, or the connection broke. */
export class NetworkError extends ApiError {
  readonly title = 'Cannot reach the gateway';
  readonly detail: string;

  constructor(cause: unknown) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(reason, { cause });
    this.name = 'NetworkError';
    this.detail = reason;
  }
}

type Listener = () => void;
const unauthorizedListeners = new Set<Listener>();

/**
 * Calls `listener` whenever the gateway refuses the stored credential (401): the key was revoked or the token
 * expired, so the dashboard must return to sign-in. Returns the unsubscribe function.
 */
export function onUnauthorized(listener: Listener): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

export interface RequestOptions {
  signal?: AbortSignal | undefined;
  /** A JSON body. */
  body?: unknown;
  /**
   * The credential to present instead of the stored one, for checking a key before storing it. A 401 then is an
   * answer about that credential and does not sign the dashboard out.
   */
  credential?: Credential | undefined;
}

/**
 * Calls the gateway with the stored credential. Resolves with the parsed body of a 2xx answer (undefined for 204);
 * rejects with a {@link ProblemError} for any other status and a {@link NetworkError} when no answer came. An aborted
 * call rejects with the signal's AbortError untouched, so callers can ignore it.
 */
export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const { signal, body, credential } = options;
  const headers: Record<string, string> = { Accept: 'application/json', ...credentialHeaders(credential ?? loadCredential()) };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      signal: signal ?? null,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new NetworkError(cause);
  }
  if (!response.ok) {
    const error = new ProblemError(await readProblem(response), retryAfter(response));
    if (response.status === 401 && !credential) unauthorizedListeners.forEach((listener) => listener());
    throw error;
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/** GETs a JSON resource from the gateway; see {@link request}. */
export function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  return request<T>('GET', path, { signal });
}

/** POSTs a JSON body; see {@link request}. */
export function postJson<T>(path: string, body: unknown, signal?: AbortSignal): Promise<T> {
  return request<T>('POST', path, { body, signal });
}

/** DELETEs a resource; see {@link request}. */
export function deleteResource(path: string, signal?: AbortSignal): Promise<void> {
  return request<void>('DELETE', path, { signal });
}

async function readProblem(response: Response): Promise<Problem> {
  // A proxy in front of the gateway may answer with HTML or nothing: fall back to the status line.
  const fallback: Problem = {
    type: 'about:blank',
    title: response.statusText || `HTTP ${response.status}`,
    status: response.status,
  };
  const body: unknown = await response.json().catch(() => undefined);
  if (!isProblem(body)) return fallback;
  return { ...fallback, ...body, status: response.status };
}

function isProblem(body: unknown): body is Partial<Problem> & { title: string } {
  return typeof body === 'object' && body !== null && typeof (body as { title?: unknown }).title === 'string';
}

function retryAfter(response: Response): number | undefined {
  if (response.status !== 429) return undefined;
  const header = response.headers.get('Retry-After');
  const seconds = header === null ? NaN : Number(header);
  return Number.isFinite(seconds) ? seconds : undefined;
}
