// Fires concurrent debit requests over loopback at the funds ledger, as many partners' and employees' requests would
// arrive at once: first N debits against ONE fund (the worst case for the fund's concurrency token), then N debits
// spread over 100 funds. Each fund is credited with enough for 90 % of its debits, so the last ones must be refused
// (409 insufficient_funds) and none may overdraw. Prints throughput, latency percentiles, the outcome of every request
// and the ledger's own reconciliation (stored balance vs sum of entries, and the global sum of postings, which must
// be 0). Figures only: no pass/fail thresholds (goals live in docs, not in timed tests).
// Usage: node bench/fund-debits.mjs [baseUrl] [requests]   (bench/run.sh funds starts a fresh Release API for it)
const base = process.argv[2] ?? 'http://127.0.0.1:5190';
const requests = Number(process.argv[3] ?? 1000);
const cookies = new Map();

async function call(path, init = {}, { allow = [] } = {}) {
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
  const text = await response.text();
  if (!response.ok && !allow.includes(response.status)) throw new Error(`${init.method ?? 'GET'} ${path}: ${response.status} ${text}`);
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

const post = (path, body, headers = {}) => call(path, { method: 'POST', body: JSON.stringify(body), headers });
const money = (path, body) => post(path, body, { 'Idempotency-Key': crypto.randomUUID() });

function percentile(sorted, q) {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

async function newFund(typeId, i) {
  const account = (await post('/api/accounts', { name: `Bench fund partner ${Date.now()}-${i}`, type: 'Partner' })).body;
  const partnership = (await post('/api/partnerships', { accountId: account.id, partnerTypeId: reseller.id, isActive: true })).body;
  return (await post(`/api/partnerships/${partnership.id}/funds`, { fundTypeId: typeId })).body;
}

async function run(name, funds) {
  const perFund = requests / funds.length;
  for (const fund of funds) {
    await money(`/api/funds/${fund.id}/credits`, { amount: Math.floor(perFund * 0.9) * 10, description: 'Bench budget' });
  }

  const outcomes = new Map();
  const latencies = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: requests }, async (_, i) => {
      const t = performance.now();
      const { status, body } = await call(
        `/api/funds/${funds[i % funds.length].id}/debits`,
        { method: 'POST', body: JSON.stringify({ amount: 10, description: `Bench debit ${i}` }), headers: { 'Idempotency-Key': crypto.randomUUID() } },
        { allow: [409, 422, 500, 503] },
      );
      latencies.push(performance.now() - t);
      const key = status === 201 ? '201 debited' : `${status} ${body?.code ?? ''}`.trim();
      outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  console.log(`\n${name}: ${requests} concurrent debits of 10.00, each fund credited for 90 % of its debits`);
  console.log(`  throughput ${(requests / seconds).toFixed(0)} requests/s (${seconds.toFixed(2)} s)`);
  console.log(`  latency p50=${percentile(latencies, 0.5).toFixed(1)} ms  p95=${percentile(latencies, 0.95).toFixed(1)} ms  max=${latencies.at(-1).toFixed(1)} ms`);
  console.log(`  outcomes: ${[...outcomes].map(([k, v]) => `${k}: ${v}`).join(', ')}`);
  let agree = 0;
  let lowest = Infinity;
  let debited = 0;
  for (const fund of funds) {
    const r = (await call(`/api/funds/${fund.id}/reconciliation`)).body;
    if (r.agrees) agree++;
    lowest = Math.min(lowest, r.storedBalanceMinor);
    const page = (await call(`/api/fund-operations?fundId=${fund.id}&kind=ManualDebit&pageSize=1`)).body;
    debited += page.totalCount;
  }
  console.log(`  reconciliation: ${agree}/${funds.length} funds agree (stored balance == sum of entries), lowest balance ${(lowest / 100).toFixed(2)}, debit entries ${debited} == 201 answers ${outcomes.get('201 debited') ?? 0}`);
}

await call('/api/auth/antiforgery');
// A partner manager: may move money but never overdraw (D8), so the refused debits answer 409 insufficient_funds.
await post('/api/auth/login', { email: 'manager@partnerportal.local', password: 'Manager123!demo' });
const reseller = (await call('/api/partner-types')).body.find((t) => t.name === 'Reseller');
const certification = (await call('/api/fund-types')).body.find((t) => t.code === 'Certification');
await run('One fund', [await newFund(certification.id, 0)]);
const many = [];
for (let i = 0; i < 100; i++) many.push(await newFund(certification.id, i + 1));
await run('100 funds', many);
const ledger = (await call('/api/funds/reconciliation')).body;
console.log(`\nLedger: ${ledger.entryCount} entries in ${ledger.fundCount} funds, global sum of postings ${ledger.globalPostingSumMinor} (must be 0), balanced: ${ledger.balanced}, mismatches: ${ledger.mismatches.length}`);
