// Fetch wrapper handed to the NSwag-generated Client, plus error normalisation.
import { ProblemCode } from './client';

export const XSRF_COOKIE = 'XSRF-TOKEN';
export const XSRF_HEADER = 'X-XSRF-TOKEN';
export const ANTIFORGERY_URL = '/api/auth/antiforgery';
/** `code` of the server's 400 problem for a missing or invalid antiforgery token. */
export const ANTIFORGERY_INVALID_CODE: string = ProblemCode.AntiforgeryTokenInvalid;

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

type Listener = () => void;
const unauthorizedListeners = new Set<Listener>();

/** Subscribe to 401 responses. Returns an unsubscribe function. */
export function onUnauthorized(listener: Listener): () => void {
  unauthorizedListeners.add(listener);
  return () => {
    unauthorizedListeners.delete(listener);
  };
}

export function readCookie(name: string): string | undefined {
  if (typeof document === 'undefined' || !document.cookie) return undefined;
  for (const part of document.cookie.split(';')) {
    const [rawKey, ...rest] = part.trim().split('=');
    if (rawKey === name) {
      const value = rest.join('=');
      return value ? decodeURIComponent(value) : undefined;
    }
  }
  return undefined;
}

// Token from the antiforgery endpoint's body, used only when the cookie is not readable.
let bodyToken: string | undefined;
let pendingRefresh: Promise<string | undefined> | null = null;

/**
 * Calls GET /api/auth/antiforgery, which (re)sets the XSRF-TOKEN cookie for the current
 * identity. Call it after sign-in/sign-out because antiforgery tokens are bound to the user.
 */
export function refreshAntiforgeryToken(): Promise<string | undefined> {
  if (!pendingRefresh) {
    pendingRefresh = (async () => {
      bodyToken = undefined;
      const response = await fetch(ANTIFORGERY_URL, {
        method: 'GET',
        credentials: 'same-origin',
        headers: { Accept: 'application/json' },
      });
      if (response.ok) {
        try {
          const body = (await response.json()) as { token?: string } | null;
          bodyToken = body?.token ?? undefined;
        } catch {
          bodyToken = undefined;
        }
      }
      const cookie = readCookie(XSRF_COOKIE);
      if (cookie) bodyToken = undefined;
      return cookie ?? bodyToken;
    })().finally(() => {
      pendingRefresh = null;
    });
  }
  return pendingRefresh;
}

/** Forgets a token remembered from the antiforgery response body (e.g. after sign-out). */
export function forgetAntiforgeryToken(): void {
  bodyToken = undefined;
}

async function xsrfToken(): Promise<string | undefined> {
  return readCookie(XSRF_COOKIE) ?? bodyToken ?? (await refreshAntiforgeryToken());
}

function methodOf(url: RequestInfo, init?: RequestInit): string {
  if (init?.method) return init.method.toUpperCase();
  if (typeof Request !== 'undefined' && url instanceof Request) return url.method.toUpperCase();
  return 'GET';
}

async function isAntiforgeryFailure(response: Response): Promise<boolean> {
  if (response.status !== 400) return false;
  try {
    const body = (await response.clone().json()) as { code?: unknown } | null;
    return body?.code === ANTIFORGERY_INVALID_CODE;
  } catch {
    return false;
  }
}

export async function apiFetch(url: RequestInfo, init?: RequestInit): Promise<Response> {
  const unsafe = UNSAFE_METHODS.has(methodOf(url, init));
  const send = async (token: string | undefined) => {
    const headers = new Headers(init?.headers);
    if (token) headers.set(XSRF_HEADER, token);
    return fetch(url, { ...init, headers, credentials: 'same-origin' });
  };

  let response = await send(unsafe ? await xsrfToken() : undefined);
  // A stale token (e.g. issued to a previous identity): get a fresh one and try once more.
  if (unsafe && (await isAntiforgeryFailure(response))) {
    forgetAntiforgeryToken();
    response = await send(await refreshAntiforgeryToken());
  }
  if (response.status === 401) {
    for (const listener of [...unauthorizedListeners]) listener();
  }
  return response;
}

// ---------------------------------------------------------------------------
// Errors

/** `code` of the problem made on the client when no answer came from the server (offline, server down). */
export const NETWORK_ERROR = 'network_error';

/** Whether trying the same request again may work: no answer, or a server-side failure. */
export function isTransient(problem: Problem): boolean {
  return problem.code === NETWORK_ERROR || (problem.status !== undefined && problem.status >= 500);
}

export interface Problem {
  status?: number;
  title: string;
  detail?: string;
  code?: string;
  fieldErrors: Record<string, string[]>;
}

const STATUS_TITLES: Record<number, string> = {
  400: 'The request is invalid.',
  401: 'You are not signed in.',
  403: 'You do not have permission to do this.',
  404: 'Not found.',
  409: 'This clashes with existing data.',
  422: 'The request could not be processed.',
  500: 'An unexpected server error occurred.',
};

type Dict = Record<string, unknown>;

function isObject(value: unknown): value is Dict {
  return typeof value === 'object' && value !== null;
}

/**
 * NSwag's exception for undeclared statuses or empty bodies: ApiException (isApiException) or, in the
 * generated client here, SwaggerException (isSwaggerException); both have status, response (text), result.
 */
function isApiException(value: unknown): value is Dict & { status: number; response?: string; message?: string } {
  return (
    isObject(value) &&
    (value.isApiException === true ||
      value.isSwaggerException === true ||
      (typeof value.status === 'number' && typeof value.response === 'string'))
  );
}

/** Server keys are camelCase property names; also accept "$.name", "body.name" and "Name". */
export function normaliseFieldKey(key: string): string {
  const stripped = key.replace(/^\$\.?/, '').replace(/^(body|request)\./i, '');
  return stripped ? stripped.charAt(0).toLowerCase() + stripped.slice(1) : stripped;
}

function fieldErrorsOf(errors: unknown): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  if (!isObject(errors) || Array.isArray(errors)) return result;
  for (const [key, value] of Object.entries(errors)) {
    const messages = Array.isArray(value) ? value.map(String) : value == null ? [] : [String(value)];
    if (messages.length === 0) continue;
    const field = normaliseFieldKey(key);
    result[field] = [...(result[field] ?? []), ...messages];
  }
  return result;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

function fromProblemObject(body: Dict, fallbackStatus?: number): Problem {
  const status = typeof body.status === 'number' ? body.status : fallbackStatus;
  return {
    status,
    title: str(body.title) ?? (status ? STATUS_TITLES[status] : undefined) ?? 'Request failed.',
    detail: str(body.detail),
    code: str(body.code),
    fieldErrors: fieldErrorsOf(body.errors),
  };
}

function looksLikeProblem(value: Dict): boolean {
  return 'title' in value || 'detail' in value || 'errors' in value || 'code' in value || 'status' in value;
}

/** Normalises anything thrown by the generated client (or fetch) into a Problem. */
export function toProblem(err: unknown): Problem {
  if (isApiException(err)) {
    const text = err.response ?? '';
    let parsed: unknown;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = undefined;
    }
    if (isObject(parsed) && !Array.isArray(parsed)) return fromProblemObject(parsed, err.status);
    return {
      status: err.status,
      title: STATUS_TITLES[err.status] ?? str(err.message) ?? 'Request failed.',
      detail: text && text.length < 300 && !text.trimStart().startsWith('<') ? text : undefined,
      fieldErrors: {},
    };
  }
  // fetch rejects with a TypeError ("Failed to fetch", "Load failed", "NetworkError when …") when no answer came.
  if (err instanceof TypeError) {
    return {
      title: 'The server cannot be reached.',
      detail: 'Check your connection, then try again.',
      code: NETWORK_ERROR,
      fieldErrors: {},
    };
  }
  if (err instanceof Error) {
    return { title: err.message || 'Unexpected error.', fieldErrors: {} };
  }
  if (isObject(err) && looksLikeProblem(err)) return fromProblemObject(err);
  if (typeof err === 'string' && err) return { title: err, fieldErrors: {} };
  return { title: 'Unexpected error.', fieldErrors: {} };
}

/** The first error message for a field, for an input's `error` prop. */
export function fieldError(problem: Problem | null | undefined, ...fields: string[]): string | undefined {
  if (!problem) return undefined;
  for (const field of fields) {
    const messages = problem.fieldErrors[field];
    if (messages?.length) return messages.join(' ');
  }
  return undefined;
}
