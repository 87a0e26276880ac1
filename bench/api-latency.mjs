// Measures the API as a user's browser would hit it: creates N partnerships through the API, then times the
// partnership list (filtered, sorted, paged), the partnership page and the portal-free lookups. Prints figures only;
// there are no pass/fail thresholds here (goals live in docs, not in timed tests).
// Usage: node bench/api-latency.mjs [baseUrl] [partnerships]   (bench/run.sh starts a fresh API for it)
const base = process.argv[2] ?? 'http://127.0.0.1:5190';
const count = Number(process.argv[3] ?? 300);
const cookies = new Map();

async function call(path, init = {}) {
  const headers = new Headers(init.headers);
  headers.set('cookie', [...cookies].map(([k, v]) => `${k}=${v}`).join('; '));
  if (init.body) headers.set('content-type', 'application/json');
  if ((init.method ?? 'GET') !== 'GET') headers.set('X-XSRF-TOKEN', decodeURIComponent(cookies.get('XSRF-TOKEN') ?? ''));
  const response = await fetch(base + path, { ...init, headers });
  for (const cookie of response.headers.getSetCookie()) {
    const [pair] = cookie.split(';');
    const i = pair.indexOf('=');
    cookies.set(pair.slice(0, i), pair.slice(i + 1));
  }
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${response.status} ${await response.text()}`);
  return response.status === 204 ? null : response.json();
}

const post = (path, body) => call(path, { method: 'POST', body: JSON.stringify(body) });

function stats(name, samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  console.log(`${name.padEnd(44)} n=${String(sorted.length).padStart(4)}  p50=${at(0.5).toFixed(1)} ms  p95=${at(0.95).toFixed(1)} ms  max=${sorted.at(-1).toFixed(1)} ms`);
}

async function time(name, runs, body) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await body(i);
    samples.push(performance.now() - started);
  }
  stats(name, samples);
}

await call('/api/auth/antiforgery');
await post('/api/auth/login', { email: 'admin@partnerportal.local', password: 'Admin123!demo' });
const types = await call('/api/partner-types');
const reseller = types.find((t) => t.name === 'Reseller');
const ids = [];
await time(`create partner + partnership (x${count})`, count, async (i) => {
  const account = await post('/api/accounts', { name: `Bench partner ${Date.now()}-${i}`, type: 'Partner' });
  ids.push((await post('/api/partnerships', { accountId: account.id, partnerTypeId: reseller.id, isActive: true })).id);
});
await time('list partnerships, page 1 of 25, sort -score', 100, () => call('/api/partnerships?sort=-score&pageSize=25'));
await time('list partnerships, filtered by type, search', 100, () => call(`/api/partnerships?partnerTypeId=${reseller.id}&search=bench&page=3`));
await time('partnership page (header, obligations, benefits)', 100, (i) => call(`/api/partnerships/${ids[i % ids.length]}`));
await time('partnership history', 100, (i) => call(`/api/partnerships/${ids[i % ids.length]}/history`));
await time('levels of a type with parameters', 100, () => call(`/api/partner-types/${reseller.id}/levels`));
const memory = await fetch(`${base}/api/auth/me`, { headers: { cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; ') } });
console.log(`(signed-in check: HTTP ${memory.status}; ${ids.length} partnerships created)`);
