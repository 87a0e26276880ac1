// Load test of the lists at scale (issue 10): C concurrent clients, each signed in as its own partner's portal user
// (bench.partnerNNNN@bench.local, made by bench/DataGen), hammer one endpoint for D seconds at a time; prints requests/s
// and latency percentiles per endpoint. No pass/fail thresholds: goals live in docs/performance.md.
// Usage: node bench/list-load.mjs [baseUrl] [clients=16] [seconds=10]   (bench/run.sh lists starts the API and data)
import http from 'node:http';

const base = new URL(process.argv[2] ?? 'http://127.0.0.1:5190');
const clients = Number(process.argv[3] ?? 16);
const seconds = Number(process.argv[4] ?? 10);
const password = process.env.BENCH_PASSWORD ?? 'Bench123!pass';
const agent = new http.Agent({ keepAlive: true, maxSockets: clients * 2 });

function request(session, method, path, body) {
  return new Promise((resolve, reject) => {
    const headers = { cookie: [...session.cookies].map(([k, v]) => `${k}=${v}`).join('; ') };
    if (body) headers['content-type'] = 'application/json';
    if (method !== 'GET') headers['x-xsrf-token'] = decodeURIComponent(session.cookies.get('XSRF-TOKEN') ?? '');
    const req = http.request({ host: base.hostname, port: base.port, path, method, headers, agent }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        for (const cookie of res.headers['set-cookie'] ?? []) {
          const [pair] = cookie.split(';');
          const i = pair.indexOf('=');
          session.cookies.set(pair.slice(0, i), pair.slice(i + 1));
        }
        resolve({ status: res.statusCode, text: Buffer.concat(chunks).toString() });
      });
    });
    req.on('error', reject);
    if (body) req.write(JSON.stringify(body));
    req.end();
  });
}

async function signIn(email, pw) {
  const session = { cookies: new Map() };
  await request(session, 'GET', '/api/auth/antiforgery');
  const login = await request(session, 'POST', '/api/auth/login', { email, password: pw });
  if (login.status >= 300) throw new Error(`sign-in ${email}: ${login.status} ${login.text}`);
  await request(session, 'GET', '/api/auth/antiforgery'); // the token bound to the signed-in user
  const me = JSON.parse((await request(session, 'GET', '/api/auth/me')).text);
  return { ...session, accountId: me.partner?.accountId };
}

const admin = await signIn('admin@partnerportal.local', 'Admin123!demo');
const anonymous = { cookies: new Map() };
const demoOnly = process.env.BENCH_DEMO_ONLY === '1'; // the demo data only (no bench/DataGen): the three reference requests
const partners = [];
if (!demoOnly) {
  for (let i = 1; i <= clients; i++) partners.push(await signIn(`bench.partner${String(i).padStart(4, '0')}@bench.local`, password));
}

// One endpoint under load: every client in a loop for `seconds`, after a short warm-up.
async function load(name, sessionOf, pathOf, concurrency = clients) {
  if (!pathOf(0, 0)) {
    console.log(`${name.padEnd(58)} skipped: no such page at this size`);
    return null;
  }
  const probe = await request(sessionOf(0), 'GET', pathOf(0, 0));
  if (probe.status !== 200) {
    console.log(`${name.padEnd(58)} skipped: HTTP ${probe.status} ${probe.text.slice(0, 120)}`);
    return null;
  }
  const run = async (ms, samples) => {
    const end = performance.now() + ms;
    await Promise.all(Array.from({ length: concurrency }, async (_, c) => {
      let i = 0;
      while (performance.now() < end) {
        const started = performance.now();
        const response = await request(sessionOf(c), 'GET', pathOf(c, i++));
        if (response.status !== 200) throw new Error(`${name}: HTTP ${response.status} ${response.text.slice(0, 200)}`);
        samples?.push(performance.now() - started);
      }
    }));
  };
  await run(3000);
  const samples = [];
  const started = performance.now();
  await run(seconds * 1000, samples);
  const elapsed = (performance.now() - started) / 1000;
  samples.sort((a, b) => a - b);
  const at = (q) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))];
  const figures = { name, rps: samples.length / elapsed, p50: at(0.5), p95: at(0.95), p99: at(0.99) };
  console.log(
    `${name.padEnd(58)} ${figures.rps.toFixed(0).padStart(6)} req/s  p50 ${figures.p50.toFixed(1).padStart(5)} ms  ` +
      `p95 ${figures.p95.toFixed(1).padStart(5)} ms  p99 ${figures.p99.toFixed(1).padStart(5)} ms`,
  );
  return figures;
}

const statuses = ['New', 'Working', 'Qualified', 'Disqualified'];
const status = (c, i) => statuses[(c + i) % statuses.length];
const partner = (c) => partners[c % partners.length];
if (demoOnly) {
  console.log(`${clients} concurrent clients, ${seconds} s per endpoint (after a 3 s warm-up), demo data only`);
  await load('anonymous antiforgery token', () => anonymous, () => '/api/auth/antiforgery');
  await load('GET /api/auth/me (employee)', () => admin, () => '/api/auth/me');
  await load('back-office partnerships list (demo: 5 rows)', () => admin, () => '/api/partnerships?sort=-score&pageSize=25');
  process.exit(0);
}
for (const p of partners) {
  const first = JSON.parse((await request(p, 'GET', '/api/portal/leads?status=Working&limit=50')).text);
  p.page2 = first.nextCursor ? `/api/portal/leads?status=Working&limit=50&cursor=${encodeURIComponent(first.nextCursor)}` : null;
}
console.log(`${clients} concurrent clients, ${seconds} s per endpoint (after a 3 s warm-up)`);
await load('anonymous antiforgery token', () => anonymous, () => '/api/auth/antiforgery');
await load('GET /api/auth/me (portal user)', partner, () => '/api/auth/me');
// The bare endpoint and the full pipeline twice each, alternating, so neither gains from the other's warm-up; the
// ratio uses the second pair.
const bareLeads = (c, i) => `/bench/bare/portal-leads?accountId=${partner(c).accountId}&status=${status(c, i)}`;
const portalLeads = (c, i) => `/api/portal/leads?status=${status(c, i)}&sort=-createdAt&limit=50`;
await load('bare endpoint: one partner\'s leads by status, page of 50', partner, bareLeads);
await load('portal leads list: by status, newest first, page of 50', partner, portalLeads);
const bare = await load('bare endpoint (again)', partner, bareLeads);
const full = await load('portal leads list (again)', partner, portalLeads);
await load('portal leads list: page 2 (cursor)', partner, (c) => partner(c).page2);
await load('portal opportunities list, page of 50', partner, () => '/api/portal/opportunities?limit=50');
await load('portal orders list, page of 50', partner, () => '/api/portal/orders?limit=50');
await load('portal program page', partner, () => '/api/portal/program');
await load('portal opportunity pipeline summary', partner, () => '/api/portal/opportunities/pipeline');
await load('back-office opportunity pipeline summary', () => admin, () => '/api/opportunities/pipeline');
await load('back-office leads list by status, page of 50', () => admin, (c, i) => `/api/leads?status=${status(c, i)}&limit=50`);
await load('back-office opportunities list, page of 50', () => admin, () => '/api/opportunities?limit=50');
await load('back-office orders list, page of 50', () => admin, () => '/api/orders?limit=50');
await load('back-office partnerships list, page of 25', () => admin, () => '/api/partnerships?sort=-score&pageSize=25');
// The dashboards as one person opens them: one client at a time, no queue in front of the query.
await load('back-office opportunity pipeline summary, 1 client', () => admin, () => '/api/opportunities/pipeline', 1);
await load('portal program page, 1 client', partner, () => '/api/portal/program', 1);
if (bare && full) console.log(`full pipeline / bare endpoint throughput: ${(full.rps / bare.rps).toFixed(2)}`);
