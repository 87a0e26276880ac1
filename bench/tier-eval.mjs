// Times the tier engine's nightly evaluation (issue 11) on the running API: signs in as the administrator, runs the
// "tier-evaluation" job now (POST /api/admin/jobs/tier-evaluation/run) several times, and prints each run's duration as
// the job recorder measured it (start to finish on the server) with its result ("N evaluated, ..."). The first run
// measures and writes every partnership's values; later runs find nothing new and show the read side alone.
// No pass/fail thresholds: the goals and figures live in docs/performance.md.
// Usage: node bench/tier-eval.mjs [baseUrl] [runs=3]   (bench/run.sh tiers N starts the API on generated data)
import http from 'node:http';

const base = new URL(process.argv[2] ?? 'http://127.0.0.1:5190');
const runs = Number(process.argv[3] ?? 3);
const session = new Map();

function request(method, path, body) {
  return new Promise((resolve, reject) => {
    const headers = { cookie: [...session].map(([k, v]) => `${k}=${v}`).join('; ') };
    if (body) headers['content-type'] = 'application/json';
    if (method !== 'GET') headers['x-xsrf-token'] = decodeURIComponent(session.get('XSRF-TOKEN') ?? '');
    const req = http.request({ host: base.hostname, port: base.port, path, method, headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        for (const cookie of res.headers['set-cookie'] ?? []) {
          const [pair] = cookie.split(';');
          const i = pair.indexOf('=');
          session.set(pair.slice(0, i), pair.slice(i + 1));
        }
        resolve({ status: res.statusCode, text: Buffer.concat(chunks).toString() });
      });
    });
    req.on('error', reject);
    if (body) req.write(JSON.stringify(body));
    req.end();
  });
}

await request('GET', '/api/auth/antiforgery');
const login = await request('POST', '/api/auth/login', { email: 'admin@partnerportal.local', password: 'Admin123!demo' });
if (login.status >= 300) throw new Error(`sign-in: ${login.status} ${login.text}`);
await request('GET', '/api/auth/antiforgery');

const lastRun = async () => {
  const jobs = JSON.parse((await request('GET', '/api/admin/jobs')).text);
  return jobs.find((j) => j.name === 'tier-evaluation')?.lastRun ?? null;
};

const partnerships = JSON.parse((await request('GET', '/api/partnerships?isActive=true&pageSize=1')).text).totalCount;
console.log(`active partnerships: ${partnerships}`);
for (let run = 1; run <= runs; run++) {
  const before = await lastRun();
  const started = await request('POST', '/api/admin/jobs/tier-evaluation/run');
  if (started.status >= 300) throw new Error(`run: ${started.status} ${started.text}`);
  let after = before;
  for (let i = 0; i < 3600 && (after === null || after?.startedAt === before?.startedAt); i++) {
    await new Promise((r) => setTimeout(r, 250));
    after = await lastRun();
  }
  if (!after || after.startedAt === before?.startedAt) throw new Error('the run did not finish within 15 minutes');
  const seconds = (Date.parse(after.finishedAt) - Date.parse(after.startedAt)) / 1000;
  console.log(`run ${run}: ${seconds.toFixed(2)} s ${after.succeeded ? '' : '(FAILED) '}— ${after.result}`);
}
