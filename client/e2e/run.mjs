// End-to-end check of the SPA against a running API that serves it on the same origin.
//
//   E2E_BASE_URL        default http://127.0.0.1:5080
//   E2E_SCREENSHOT_DIR  default /tmp/e2e-shots
//   E2E_CHROMIUM        default /usr/bin/chromium (Debian package; never `npx playwright install`)
//   E2E_EMAIL / E2E_PASSWORD  default the seeded admin
//   E2E_HEADED=1        show the browser (needs a display)
//
// Prints one line per scenario and ends with "E2E: N passed, N failed[, N skipped]";
// exits non-zero when a scenario failed. Scenarios build on each other, so after a
// failure the rest are skipped.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';

const baseUrl = (process.env.E2E_BASE_URL ?? 'http://127.0.0.1:5080').replace(/\/+$/, '');
const shotDir = process.env.E2E_SCREENSHOT_DIR ?? '/tmp/e2e-shots';
const executablePath = process.env.E2E_CHROMIUM ?? '/usr/bin/chromium';
const email = process.env.E2E_EMAIL ?? 'admin@partnerportal.local';
const password = process.env.E2E_PASSWORD ?? 'Admin123!demo';
const timeout = Number(process.env.E2E_TIMEOUT_MS ?? 15000);

const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14) + Math.floor(Math.random() * 1000);
const typeName = `E2E Reseller ${stamp}`;
const partnerName = `E2E Partner ${stamp}`;
const state = {};

const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Matches a label with or without Mantine's required asterisk. */
const label = (text) => new RegExp(`^${escapeRegExp(text)}(\\s*\\*)?$`);

/** The visible error message of an input (Mantine links it with aria-describedby). */
async function errorOf(input) {
  await input.page().waitForFunction((el) => el.getAttribute('aria-invalid') === 'true', await input.elementHandle(), {
    timeout,
  });
  const ids = ((await input.getAttribute('aria-describedby')) ?? '').split(/\s+/).filter(Boolean);
  for (const id of ids) {
    const el = input.page().locator(`[id="${id}"]`);
    if ((await el.count()) > 0 && (await el.isVisible())) {
      const text = (await el.innerText()).trim();
      if (/error/i.test((await el.getAttribute('class')) ?? '') || ids.length === 1) return text;
    }
  }
  throw new Error('input is invalid but no error text is linked to it');
}

async function pickOption(scope, page, labelText, optionText) {
  const input = scope.getByRole('combobox', { name: label(labelText) });
  await input.click();
  await page.getByRole('option', { name: optionText, exact: true }).click();
  await page.waitForFunction(
    ([el, expected]) => el.value === expected,
    [await input.elementHandle(), optionText],
    { timeout },
  );
}

/** Follows a link of the main navigation. */
const nav = (page, name) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }).click();

const scenarios = [
  [
    'sign in as admin and return to the requested page',
    async (page) => {
      await page.goto(`${baseUrl}/partner-types`);
      await page.waitForURL(/\/login$/);
      await page.getByRole('textbox', { name: label('Email') }).fill(email);
      await page.getByLabel(label('Password')).fill(password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL(/\/partner-types$/);
      await page.getByRole('button', { name: 'Sign out' }).waitFor();
      await page.getByRole('heading', { name: 'Partner types' }).waitFor();
    },
  ],
  [
    'empty partner type name shows the field error under the input',
    async (page) => {
      await page.getByRole('button', { name: 'New partner type' }).click();
      const dialog = page.getByRole('dialog', { name: 'New partner type' });
      await dialog.getByRole('button', { name: 'Create' }).click();
      const message = await errorOf(dialog.getByRole('textbox', { name: label('Name') }));
      if (!message) throw new Error('empty error message');
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await dialog.waitFor({ state: 'hidden' });
      return `"${message}"`;
    },
  ],
  [
    'create a partner type',
    async (page) => {
      await page.getByRole('button', { name: 'New partner type' }).click();
      const dialog = page.getByRole('dialog', { name: 'New partner type' });
      await dialog.getByRole('textbox', { name: label('Name') }).fill(typeName);
      await dialog.getByRole('textbox', { name: label('Description') }).fill('Created by the end-to-end test');
      await dialog.getByRole('button', { name: 'Create' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page.getByRole('link', { name: typeName, exact: true }).waitFor();
      return typeName;
    },
  ],
  [
    'a level with a negative target score shows the field error',
    async (page) => {
      await page.getByRole('link', { name: typeName, exact: true }).click();
      await page.getByRole('heading', { name: typeName, level: 2 }).waitFor();
      state.typeUrl = page.url();
      await page.getByRole('button', { name: 'New level' }).click();
      const dialog = page.getByRole('dialog', { name: 'New level' });
      await dialog.getByRole('textbox', { name: label('Name') }).fill('Bronze');
      await dialog.getByRole('textbox', { name: label('Number') }).fill('1');
      await dialog.getByRole('textbox', { name: label('Target score') }).fill('-5');
      await dialog.getByRole('button', { name: 'Create' }).click();
      const message = await errorOf(dialog.getByRole('textbox', { name: label('Target score') }));
      return `"${message}"`;
    },
  ],
  [
    'create level Bronze (number 1, target 80)',
    async (page) => {
      const dialog = page.getByRole('dialog', { name: 'New level' });
      const target = dialog.getByRole('textbox', { name: label('Target score') });
      await target.fill('80');
      await dialog.getByRole('button', { name: 'Create' }).click();
      await dialog.waitFor({ state: 'hidden' });
      const level = page.getByRole('region', { name: 'Bronze' });
      await level.getByText(/Level 1 of 1 · target score 80/).waitFor();
    },
  ],
  [
    'add obligation Leads number = 10 worth 40 points',
    async (page) => {
      const level = page.getByRole('region', { name: 'Bronze' });
      await level.getByRole('button', { name: 'Add parameter to Bronze' }).click();
      const dialog = page.getByRole('dialog', { name: /New parameter for Bronze/ });
      await dialog.getByRole('radio', { name: 'Obligation' }).check();
      await pickOption(dialog, page, 'Category', 'Leads number');
      const valueType = await dialog.getByRole('combobox', { name: label('Value type') }).inputValue();
      if (valueType !== 'Integer') throw new Error(`value type pre-selected as ${valueType}, expected Integer`);
      await dialog.getByRole('textbox', { name: label('Value') }).fill('10');
      await dialog.getByRole('textbox', { name: label('Score') }).fill('40');
      await dialog.getByRole('button', { name: 'Create' }).click();
      await dialog.waitFor({ state: 'hidden' });
      const row = level.getByRole('row').filter({ hasText: 'Leads number' });
      await row.filter({ hasText: 'Obligation' }).filter({ hasText: '40' }).waitFor();
    },
  ],
  [
    'add benefit Margin = 10 (Decimal)',
    async (page) => {
      const level = page.getByRole('region', { name: 'Bronze' });
      await level.getByRole('button', { name: 'Add parameter to Bronze' }).click();
      const dialog = page.getByRole('dialog', { name: /New parameter for Bronze/ });
      await dialog.getByRole('radio', { name: 'Benefit' }).check();
      await pickOption(dialog, page, 'Category', 'Margin');
      const valueType = await dialog.getByRole('combobox', { name: label('Value type') }).inputValue();
      if (valueType !== 'Decimal') throw new Error(`value type pre-selected as ${valueType}, expected Decimal`);
      await dialog.getByRole('textbox', { name: label('Value') }).fill('10');
      await dialog.getByRole('button', { name: 'Create' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await level.getByRole('row').filter({ hasText: 'Margin' }).filter({ hasText: 'Benefit' }).waitFor();
    },
  ],
  [
    'create a partner account',
    async (page) => {
      await nav(page, 'Partners');
      await page.getByRole('heading', { name: 'Partners', level: 2 }).waitFor();
      await page.getByRole('button', { name: 'New partner' }).click();
      const dialog = page.getByRole('dialog', { name: 'New partner' });
      await dialog.getByRole('textbox', { name: label('Name') }).fill(partnerName);
      await dialog.getByRole('textbox', { name: label('Country') }).fill('Germany');
      await dialog.getByRole('textbox', { name: label('Website') }).fill('https://e2e.example');
      await dialog.getByRole('button', { name: 'Create' }).click();
      await page.waitForURL(/\/partners\/[^/]+$/);
      await page.getByRole('heading', { name: partnerName, level: 2 }).waitFor();
      return partnerName;
    },
  ],
  [
    'create a partnership of the new type for the new partner',
    async (page) => {
      await page.getByRole('button', { name: 'New partnership' }).click();
      const dialog = page.getByRole('dialog', { name: 'New partnership' });
      await pickOption(dialog, page, 'Partner type', typeName);
      await dialog.getByRole('button', { name: 'Create' }).click();
      await page.waitForURL(/\/partnerships\/[^/]+$/);
      state.partnershipUrl = page.url();
      await page.getByText('Bronze — level 1 of 1').waitFor();
      await page.getByText('Score 0 of target 80').waitFor();
    },
  ],
  [
    'see it in the partnerships list with level Bronze',
    async (page) => {
      await nav(page, 'Partnerships');
      await page.getByRole('heading', { name: 'Partnerships', level: 2 }).waitFor();
      // Filter by the new type: it has exactly this one partnership.
      await pickOption(page, page, 'Partner type', typeName);
      await page.waitForURL(/[?&]type=/);
      const row = page.getByRole('table', { name: 'Partnerships' }).getByRole('row').filter({ hasText: partnerName });
      await row.filter({ hasText: 'Bronze' }).filter({ hasText: typeName }).waitFor();
      if ((await row.count()) !== 1) throw new Error(`expected 1 row, found ${await row.count()}`);
    },
  ],
  [
    'enter the current Leads number value and get the points',
    async (page) => {
      await page.goto(state.partnershipUrl);
      const input = page.getByRole('textbox', { name: 'Current value of Leads number' });
      await input.fill('10');
      await page.getByRole('button', { name: 'Save current value of Leads number' }).click();
      await page.getByText('Score 40 of target 80').waitFor();
      await page
        .getByRole('table', { name: 'Obligations' })
        .getByRole('row')
        .filter({ hasText: 'Leads number' })
        .filter({ hasText: '40 / 40' })
        .waitFor();
    },
  ],
  [
    'screenshot of the partnership page',
    async (page) => {
      await page.getByRole('table', { name: 'Benefits' }).getByText('Margin').waitFor();
      await page.getByRole('table', { name: 'History' }).waitFor();
      await page.mouse.move(0, 0);
      await page.locator('body').evaluate(() => document.activeElement?.blur?.());
      await mkdir(shotDir, { recursive: true });
      const file = path.join(shotDir, 'partnership.png');
      await page.screenshot({ path: file, fullPage: true });
      return file;
    },
  ],
  [
    'sign out',
    async (page) => {
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.waitForURL(/\/login$/);
      await page.getByRole('button', { name: 'Sign in' }).waitFor();
    },
  ],
];

async function main() {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const browser = await chromium.launch({
    executablePath,
    headless: process.env.E2E_HEADED !== '1',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    context.setDefaultTimeout(timeout);
    const page = await context.newPage();
    const consoleErrors = [];
    page.on('pageerror', (err) => consoleErrors.push(err.message));
    page.on('dialog', (dialog) => void dialog.accept());

    let broken = false;
    for (const [name, run] of scenarios) {
      if (broken) {
        skipped++;
        console.log(`SKIP ${name}`);
        continue;
      }
      const started = Date.now();
      try {
        const note = await run(page);
        passed++;
        console.log(`PASS ${name}${note ? ` — ${note}` : ''} (${Date.now() - started} ms)`);
      } catch (err) {
        failed++;
        broken = true;
        console.log(`FAIL ${name} — ${(err?.message ?? String(err)).split('\n')[0]}`);
        try {
          await mkdir(shotDir, { recursive: true });
          const file = path.join(shotDir, `failure-${passed + failed}.png`);
          await page.screenshot({ path: file, fullPage: true });
          console.log(`     screenshot: ${file} (at ${page.url()})`);
        } catch {
          // ignore
        }
      }
    }
    if (consoleErrors.length > 0) {
      console.log(`page errors:\n  ${consoleErrors.join('\n  ')}`);
    }
  } finally {
    await browser.close();
  }
  console.log(`E2E: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  process.exitCode = failed > 0 ? 1 : 0;
}

main().catch((err) => {
  console.error(err);
  console.log('E2E: 0 passed, 1 failed');
  process.exitCode = 1;
});
