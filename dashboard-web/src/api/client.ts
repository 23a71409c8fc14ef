/** An RFC 9457 problem detail: the body the gateway answers with on any non-2xx response. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
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

  constructor(readonly problem: Problem) {
    super(problem.detail ? `${problem.title}: ${problem.detail}` : problem.title);
    this.name = 'ProblemError';
    this.title = problem.title;
    this.detail = problem.detail;
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

/**
 * GETs a JSON resource from the gateway. Resolves with the parsed body of a 2xx answer; rejects
 * with a {@link ProblemError} for any other status and a {@link NetworkError} when no answer came.
 * An aborted call rejects with the signal's AbortError untouched, so callers can ignore it.
 */
export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { headers: { Accept: 'application/json' }, signal: signal ?? null });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new NetworkError(cause);
  }
  if (!response.ok) throw new ProblemError(await readProblem(response));
  return (await response.json()) as T;
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
