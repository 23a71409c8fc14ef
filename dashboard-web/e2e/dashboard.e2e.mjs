// The whole dashboard in a real browser (Debian's headless Chromium) against a running platform, as `./cloudflux demo`
// starts it: signs in through the sign-in page with the demo's keys, opens every view, and fails on any console error,
// page error, failed request or HTTP status >= 400 that the test did not provoke. Saves a screenshot of each view under
// docs/screenshots/ and prints the Overview's first meaningful paint.
//
//   GATEWAY_URL=http://localhost:8080 CLOUDFLUX_DEMO_KEYS=../.cloudflux/demo/api-keys.json npm run e2e
//
// A later issue that fills a view adds its checks to that view's entry in `views` below.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const gateway = process.env.GATEWAY_URL?.replace(/\/$/, '');
const keysFile = process.env.CLOUDFLUX_DEMO_KEYS;
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const screenshots = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
const viewport = { width: 1280, height: 800 };
const PAINT_RUNS = 5;

/** The empty state of a view whose service the gateway does not serve yet. */
const pending = (service) => async (page) => {
  await page.getByText(`Not available yet: waiting for the ${service}`).waitFor();
};

/**
 * Every view: its address, its heading, and what it must show. `nav: false` for a view reached by address only;
 * `screenshot` names docs/screenshots/<name>.png when the id does not.
 */
const views = [
  {
    id: 'overview',
    title: 'Overview',
    check: async (page) => {
      await page.getByRole('table', { name: 'Services' }).waitFor();
      await page.getByRole('row').filter({ hasText: 'gateway' }).getByText('UP').waitFor();
      // The event rate comes every second, 0 when nothing flows; a number is shown only once it has arrived.
      await page.getByTestId('events-per-second').filter({ hasText: /^[\d.,]+ events\/s$/ }).waitFor();
    },
  },
  { id: 'distribution', title: 'Data distribution', check: pending('classifier service') },
  { id: 'streaming', title: 'Streaming', check: pending('classifier service') },
  { id: 'migrations', title: 'Migrations', check: pending('migration service') },
  { id: 'cost', title: 'Cost', check: pending('cost service') },
  { id: 'ml', title: 'ML insights', check: pending('predictor service') },
  { id: 'cloud', title: 'Cloud status', check: pending('sync service') },
  { id: 'policies', title: 'Policies', check: pending('cost service') },
  { id: 'objects', title: 'Object detail', check: pending('sync service') },
  {
    id: 'objects/demo-bucket%2Fe2e-object',
    title: 'Object detail',
    nav: false,
    screenshot: 'object-detail',
    check: async (page) => {
      await page.getByText('demo-bucket/e2e-object').waitFor();
      await pending('sync service')(page);
    },
  },
  {
    id: 'keys',
    title: 'API keys',
    role: 'ADMIN',
    check: async (page) => {
      await page.getByRole('table', { name: 'API keys' }).getByRole('row').filter({ hasText: 'ADMIN' }).first().waitFor();
    },
  },
];

let browser;
let keys;

before(async () => {
  assert.ok(gateway, 'GATEWAY_URL must name the gateway to test, e.g. http://localhost:8080');
  assert.ok(keysFile, 'CLOUDFLUX_DEMO_KEYS must name the demo keys file, e.g. .cloudflux/demo/api-keys.json');
  keys = JSON.parse(readFileSync(keysFile, 'utf8'));
  for (const role of ['admin', 'operator', 'viewer']) assert.ok(keys[role], `${keysFile} has no ${role} key`);
  mkdirSync(screenshots, { recursive: true });
  browser = await chromium.launch({
    executablePath,
    headless: true,
    // No network beyond loopback here: no background traffic; no sandbox when run as root. Playwright gives the
    // browser a fresh temporary profile of its own.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
});

after(async () => {
  await browser?.close();
});

/**
 * A page in a fresh context (cold cache, empty storage) that records every console error, page error, failed request
 * and HTTP status >= 400. `expectProblems(run)` lets through those that `run` provokes on purpose.
 */
async function openPage() {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const problems = [];
  let provoking = false;
  const record = (problem) => {
    if (!provoking) problems.push(problem);
  };
  page.on('console', (message) => {
    if (message.type() === 'error') record(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => record(`page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    // A view aborts its calls in flight when it closes: that is not a failure.
    const reason = request.failure()?.errorText;
    if (reason !== 'net::ERR_ABORTED') record(`request failed: ${request.method()} ${request.url()} ${reason}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) record(`HTTP ${response.status()}: ${response.request().method()} ${response.url()}`);
  });
  return {
    page,
    context,
    async expectProblems(run) {
      provoking = true;
      try {
        await run();
      } finally {
        provoking = false;
      }
    },
    assertNoProblems() {
      assert.deepEqual(problems, [], 'the dashboard reported problems');
    },
  };
}

async function signIn(page, key) {
  await page.goto(`${gateway}/#/overview`);
  await page.getByLabel('API key').fill(key);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
}

const navigation = (page) => page.getByRole('navigation', { name: 'Views' });

const goTo = (page, id) => page.evaluate((hash) => (window.location.hash = hash), `#/${id}`);

async function open(page, view) {
  if (view.nav === false) await goTo(page, view.id);
  else await navigation(page).getByRole('link', { name: view.title, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: view.title, exact: true }).waitFor();
}

const enabledWriteControls = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('[data-write-control]')]
      .filter((control) => !control.matches(':disabled') && control.getAttribute('aria-disabled') !== 'true')
      .map((control) => control.textContent),
  );

test('the sign-in page refuses a key the gateway does not know', async () => {
  const { page, context, expectProblems, assertNoProblems } = await openPage();
  await page.goto(`${gateway}/`);
  await page.getByRole('heading', { level: 1, name: 'Sign in to CloudFlux' }).waitFor();
  await page.screenshot({ path: `${screenshots}sign-in.png`, animations: 'disabled' });
  await page.getByLabel('API key').fill('cfx_not-a-key');

  await expectProblems(async () => {
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByText('The gateway refused this key').waitFor();
  });

  assertNoProblems();
  await context.close();
});

test('as ADMIN: every view with its heading and state, the live channel connected, a key created and revoked', async () => {
  const { page, context, assertNoProblems } = await openPage();
  await signIn(page, keys.admin);
  await page.locator('[data-live-status="connected"]').waitFor();

  for (const view of views) {
    await open(page, view);
    await view.check(page);
    await page.screenshot({ path: `${screenshots}${view.screenshot ?? view.id}.png`, animations: 'disabled' });
  }

  const name = `e2e-${Date.now()}`;
  await page.getByRole('button', { name: 'Create key' }).click();
  const create = page.getByRole('dialog');
  await create.getByLabel('Name').fill(name);
  await create.getByRole('button', { name: 'Create key' }).click();
  await create.getByText('Copy the key now: it is shown only this once').waitFor();
  assert.match(await create.getByTestId('created-key').inputValue(), /^cfx_/);
  await create.getByRole('button', { name: 'Done' }).click();

  const row = page.getByRole('row').filter({ hasText: name });
  await row.getByText('Active').waitFor();
  await row.getByRole('button', { name: `Revoke ${name}` }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Revoke', exact: true }).click();
  await row.getByText(/^Revoked/).waitFor();

  assertNoProblems();
  await context.close();
});

test('as VIEWER: no enabled write control on any view, and no API keys in the navigation', async () => {
  const { page, context, assertNoProblems } = await openPage();
  await signIn(page, keys.viewer);
  await page.locator('[data-live-status="connected"]').waitFor();

  assert.equal(await navigation(page).getByRole('link', { name: 'API keys' }).count(), 0);
  for (const view of views) {
    if (view.role === 'ADMIN') {
      await goTo(page, view.id);
      await page.getByText('Not available to your role').waitFor();
    } else {
      await open(page, view);
      await view.check(page);
    }
    assert.deepEqual(await enabledWriteControls(page), [], `enabled write controls on ${view.id}`);
  }

  assertNoProblems();
  await context.close();
});

test("the Overview's first meaningful paint, signed in, on a cold cache", async () => {
  const paints = [];
  const checks = [];
  for (let run = 0; run < PAINT_RUNS; run++) {
    const { page, context, assertNoProblems } = await openPage();
    await context.addInitScript((key) => {
      sessionStorage.setItem('cloudflux.credential', JSON.stringify({ kind: 'apiKey', key }));
    }, keys.viewer);
    await page.goto(`${gateway}/#/overview`);
    // Meaningful: the Overview's heading and the platform health table with its rows, in the page's own clock
    // (milliseconds since navigation start).
    const meaningful = await page.waitForFunction(
      () => {
        const heading = [...document.querySelectorAll('h1')].some((h) => h.textContent === 'Overview');
        const rows = document.querySelectorAll('table[aria-label="Services"] tbody tr').length;
        return heading && rows > 0 ? performance.now() : false;
      },
      undefined,
      { polling: 'raf' },
    );
    const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN);
    paints.push({ meaningful: await meaningful.jsonValue(), fcp });
    checks.push(assertNoProblems);
    await context.close();
  }
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const ms = (value) => `${Math.round(value)} ms`;
  const report = (pick) => `median ${ms(median(paints.map(pick)))}; each ${paints.map((p) => ms(pick(p))).join(', ')}`;
  console.log(`# Overview first meaningful paint (heading + health table), ${PAINT_RUNS} cold runs: ${report((p) => p.meaningful)}`);
  console.log(`# Overview first-contentful-paint (Performance API), same runs: ${report((p) => p.fcp)}`);
  checks.forEach((check) => check());
});
