// A real third-party OAuth client (openid-client) against the running API: an administrator registers an
// integration client, the library discovers the server and obtains a client-credentials token, and the token's
// scopes are enforced. Prints "OAUTH: N passed, N failed" and exits non-zero on failure.
import * as oidc from 'openid-client';

const base = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:5080';
const results = [];
const cookies = new Map();

async function call(path, init = {}) {
  const headers = new Headers(init.headers);
  headers.set('cookie', [...cookies].map(([k, v]) => `${k}=${v}`).join('; '));
  const method = init.method ?? 'GET';
  if (method !== 'GET' && cookies.has('XSRF-TOKEN'))
    headers.set('X-XSRF-TOKEN', decodeURIComponent(cookies.get('XSRF-TOKEN')));
  const response = await fetch(base + path, { ...init, headers });
  for (const cookie of response.headers.getSetCookie()) {
    const [pair] = cookie.split(';');
    const index = pair.indexOf('=');
    cookies.set(pair.slice(0, index), pair.slice(index + 1));
  }
  return response;
}

async function check(name, body) {
  try {
    await body();
    results.push(true);
    console.log(`PASS ${name}`);
  } catch (error) {
    results.push(false);
    console.log(`FAIL ${name} — ${error instanceof Error ? error.message : error}`);
  }
}

function expectStatus(response, status) {
  if (response.status !== status) throw new Error(`expected HTTP ${status}, got ${response.status}`);
}

let registered;
let token;
let configuration;

await check('an administrator registers an integration client with scope partners.read', async () => {
  expectStatus(await call('/api/auth/antiforgery'), 200);
  expectStatus(
    await call('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@partnerportal.local', password: 'Admin123!demo' }),
    }),
    200,
  );
  const response = await call('/api/integration-clients', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ displayName: `openid-client ${Date.now()}`, scopes: ['partners.read'] }),
  });
  expectStatus(response, 201);
  registered = await response.json();
  if (!registered.clientSecret) throw new Error('no secret in the response');
});

await check('openid-client discovers the server and obtains a client-credentials token', async () => {
  configuration = await oidc.discovery(new URL(base), registered.client.clientId, registered.clientSecret, undefined, {
    execute: [oidc.allowInsecureRequests],
  });
  const tokens = await oidc.clientCredentialsGrant(configuration, { scope: 'partners.read' });
  if (tokens.token_type?.toLowerCase() !== 'bearer' || !tokens.access_token) throw new Error('no bearer token');
  token = tokens.access_token;
});

await check('the token reads partnerships (partners.read)', async () => {
  const response = await fetch(`${base}/api/partnerships`, { headers: { authorization: `Bearer ${token}` } });
  expectStatus(response, 200);
  const page = await response.json();
  if (!(page.totalCount > 0)) throw new Error('no partnerships returned');
});

await check('the token cannot create an account (needs partners.write): 403', async () => {
  const response = await fetch(`${base}/api/accounts`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'Not allowed', type: 'Partner' }),
  });
  expectStatus(response, 403);
});

await check('no token: 401', async () => {
  expectStatus(await fetch(`${base}/api/partnerships`), 401);
});

await check('a scope the client was not granted is refused by the token endpoint', async () => {
  try {
    await oidc.clientCredentialsGrant(configuration, { scope: 'partners.write' });
  } catch (error) {
    if (error instanceof oidc.ResponseBodyError) return;
    throw error;
  }
  throw new Error('a token was issued');
});

await check('after revocation the token stops working: 401', async () => {
  expectStatus(await call(`/api/integration-clients/${registered.client.id}`, { method: 'DELETE' }), 204);
  expectStatus(await fetch(`${base}/api/partnerships`, { headers: { authorization: `Bearer ${token}` } }), 401);
});

const passed = results.filter(Boolean).length;
console.log(`OAUTH: ${passed} passed, ${results.length - passed} failed`);
process.exit(results.length === passed ? 0 : 1);
