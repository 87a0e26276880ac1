import { Client } from './client';
import { apiFetch } from './http';

/** The single API client; all server state goes through query hooks that call it. */
export const api = new Client('', { fetch: apiFetch });

export * from './client';
export { toProblem, fieldError, onUnauthorized, refreshAntiforgeryToken, forgetAntiforgeryToken } from './http';
export type { Problem } from './http';
