import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiFetch, fieldError, forgetAntiforgeryToken, onUnauthorized, toProblem, XSRF_HEADER } from './http';

function clearCookies() {
  for (const part of document.cookie.split(';')) {
    const name = part.split('=')[0].trim();
    if (name) document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
  }
}

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

const fetchMock = vi.fn<(input: RequestInfo | URL, init?: RequestInit) => Promise<Response>>();

beforeEach(() => {
  clearCookies();
  forgetAntiforgeryToken();
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
});

afterEach(() => {
  vi.unstubAllGlobals();
  clearCookies();
});

function headerOf(call: number, name: string): string | null {
  const init = fetchMock.mock.calls[call][1];
  return new Headers(init?.headers).get(name);
}

describe('apiFetch', () => {
  it('adds the XSRF header from the cookie to unsafe requests', async () => {
    document.cookie = 'XSRF-TOKEN=abc%3D123; path=/';
    fetchMock.mockResolvedValueOnce(json({ ok: true }));

    await apiFetch('/api/accounts', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });

    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(fetchMock.mock.calls[0][0]).toBe('/api/accounts');
    expect(headerOf(0, XSRF_HEADER)).toBe('abc=123');
    expect(headerOf(0, 'Content-Type')).toBe('application/json');
    expect(fetchMock.mock.calls[0][1]?.credentials).toBe('same-origin');
  });

  it('does not add the header to GET requests', async () => {
    document.cookie = 'XSRF-TOKEN=abc; path=/';
    fetchMock.mockResolvedValueOnce(json([]));

    await apiFetch('/api/accounts', { method: 'GET' });

    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(headerOf(0, XSRF_HEADER)).toBeNull();
    expect(fetchMock.mock.calls[0][1]?.credentials).toBe('same-origin');
  });

  it('fetches the antiforgery token first when the cookie is missing', async () => {
    fetchMock.mockImplementationOnce(async () => {
      document.cookie = 'XSRF-TOKEN=fresh-token; path=/';
      return json({ token: 'fresh-token' });
    });
    fetchMock.mockResolvedValueOnce(new Response(null, { status: 204 }));

    await apiFetch('/api/partnerships/5/deactivate', { method: 'post' });

    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(fetchMock.mock.calls[0][0]).toBe('/api/auth/antiforgery');
    expect(fetchMock.mock.calls[1][0]).toBe('/api/partnerships/5/deactivate');
    expect(headerOf(1, XSRF_HEADER)).toBe('fresh-token');
  });

  it('falls back to the token in the antiforgery response body', async () => {
    fetchMock.mockResolvedValueOnce(json({ token: 'body-token' }));
    fetchMock.mockResolvedValueOnce(json({}));

    await apiFetch('/api/accounts/1', { method: 'PUT', body: '{}' });

    expect(headerOf(1, XSRF_HEADER)).toBe('body-token');
  });

  it('renews a rejected antiforgery token and retries once', async () => {
    document.cookie = 'XSRF-TOKEN=stale; path=/';
    fetchMock.mockResolvedValueOnce(
      json({ status: 400, title: 'Bad request', code: 'antiforgery_token_invalid' }, 400),
    );
    fetchMock.mockImplementationOnce(async () => {
      document.cookie = 'XSRF-TOKEN=renewed; path=/';
      return json({ token: 'renewed' });
    });
    fetchMock.mockResolvedValueOnce(json({ id: 'a1' }, 201));

    const response = await apiFetch('/api/accounts', { method: 'POST', body: '{"name":"Acme"}' });

    expect(response.status).toBe(201);
    expect(fetchMock.mock.calls.map((c) => c[0])).toEqual(['/api/accounts', '/api/auth/antiforgery', '/api/accounts']);
    expect(headerOf(0, XSRF_HEADER)).toBe('stale');
    expect(headerOf(2, XSRF_HEADER)).toBe('renewed');
    expect(fetchMock.mock.calls[2][1]?.body).toBe('{"name":"Acme"}');
  });

  it('does not retry other 400 responses', async () => {
    document.cookie = 'XSRF-TOKEN=abc; path=/';
    fetchMock.mockResolvedValueOnce(json({ status: 400, errors: { name: ['Required.'] } }, 400));
    const response = await apiFetch('/api/accounts', { method: 'POST', body: '{}' });
    expect(response.status).toBe(400);
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('notifies subscribers on 401', async () => {
    const listener = vi.fn();
    const unsubscribe = onUnauthorized(listener);
    fetchMock.mockResolvedValueOnce(new Response(null, { status: 401 }));

    const response = await apiFetch('/api/auth/me');

    expect(response.status).toBe(401);
    expect(listener).toHaveBeenCalledTimes(1);

    unsubscribe();
    fetchMock.mockResolvedValueOnce(new Response(null, { status: 401 }));
    await apiFetch('/api/auth/me');
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('does not notify on other statuses', async () => {
    const listener = vi.fn();
    const unsubscribe = onUnauthorized(listener);
    fetchMock.mockResolvedValueOnce(new Response(null, { status: 403 }));
    await apiFetch('/api/partner-types');
    expect(listener).not.toHaveBeenCalled();
    unsubscribe();
  });
});

describe('toProblem', () => {
  it('normalises a thrown ProblemDetails object', () => {
    const problem = toProblem({
      type: 'https://tools.ietf.org/html/rfc9110#section-15.5.1',
      title: 'One or more validation errors occurred.',
      status: 400,
      errors: { name: ['Name is required.'], TargetScore: ['Must be positive.'] },
    });

    expect(problem.status).toBe(400);
    expect(problem.title).toBe('One or more validation errors occurred.');
    expect(problem.fieldErrors).toEqual({
      name: ['Name is required.'],
      targetScore: ['Must be positive.'],
    });
    expect(fieldError(problem, 'targetScore')).toBe('Must be positive.');
    expect(fieldError(problem, 'dueDate')).toBeUndefined();
  });

  it('keeps detail and code of a conflict', () => {
    const problem = toProblem({
      title: 'Conflict',
      status: 409,
      detail: 'The partner already has an active partnership.',
      code: 'active_partnership_exists',
    });
    expect(problem).toEqual({
      status: 409,
      title: 'Conflict',
      detail: 'The partner already has an active partnership.',
      code: 'active_partnership_exists',
      fieldErrors: {},
    });
  });

  it('parses the JSON response text of an ApiException', () => {
    class ApiException extends Error {
      isApiException = true;
      constructor(
        message: string,
        public status: number,
        public response: string,
        public headers: Record<string, unknown>,
        public result: unknown,
      ) {
        super(message);
      }
    }
    const err = new ApiException(
      'An unexpected server error occurred.',
      422,
      JSON.stringify({
        title: 'Unprocessable',
        status: 422,
        detail: 'Due date must be after start date.',
        code: 'invalid_period',
        errors: { dueDate: ['Due date must be after start date.'] },
      }),
      {},
      null,
    );

    const problem = toProblem(err);

    expect(problem.status).toBe(422);
    expect(problem.detail).toBe('Due date must be after start date.');
    expect(problem.code).toBe('invalid_period');
    expect(problem.fieldErrors.dueDate).toEqual(['Due date must be after start date.']);
  });

  it('handles an NSwag SwaggerException (exception class name depends on the NSwag config)', () => {
    // Shape of the generated exception for a declared status with an empty body.
    const err = Object.assign(new Error('Unauthorized'), {
      isSwaggerException: true,
      status: 401,
      response: '',
      headers: {},
      result: null,
    });
    const problem = toProblem(err);
    expect(problem.status).toBe(401);
    expect(problem.title).toBe('You are not signed in.');
  });

  it('handles an ApiException without a JSON body', () => {
    const err = Object.assign(new Error('Forbidden'), {
      isApiException: true,
      status: 403,
      response: '',
      result: null,
    });
    const problem = toProblem(err);
    expect(problem.status).toBe(403);
    expect(problem.title).toBe('You do not have permission to do this.');
    expect(problem.fieldErrors).toEqual({});
  });

  it('handles network errors', () => {
    expect(toProblem(new TypeError('Failed to fetch'))).toMatchObject({
      title: 'The server cannot be reached.',
      code: 'network_error',
    });
  });
});
