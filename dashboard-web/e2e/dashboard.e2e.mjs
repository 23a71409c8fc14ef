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
  { id: 'cloud', title: 'Cloud status', check: (page, role) => checkClouds(page, role) },
  { id: 'catalog', title: 'Objects', screenshot: 'objects', check: (page) => checkObjects(page) },
  { id: 'objects', title: 'Object detail', screenshot: 'object-detail', check: (page) => checkObjectDetail(page) },
  { id: 'drift', title: 'Drift findings', check: (page) => checkFindings(page) },
  { id: 'policies', title: 'Policies', check: pending('cost service') },
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

/** What the gateway answers `path` with, asked with the viewer's key: what the views must show. */
async function api(path) {
  const response = await fetch(`${gateway}${path}`, { headers: { 'X-Api-Key': keys.viewer, Accept: 'application/json' } });
  assert.equal(response.status, 200, `GET ${path}`);
  return response.json();
}

/** Every configured account, so every configured provider, with each of its buckets; Scan now usable by role. */
async function checkClouds(page, role) {
  const { items: accounts } = await api('/api/v1/clouds');
  if (accounts.length === 0) {
    await page.getByText('No clouds configured').waitFor();
    return;
  }
  for (const account of accounts) {
    const section = page.getByRole('region', { name: `Account ${account.name}` });
    await section.getByTestId('provider').filter({ hasText: account.provider }).waitFor();
    for (const bucket of account.buckets) {
      const row = section.locator(`tr[data-bucket="${bucket.name}"]`);
      await row.getByRole('link', { name: bucket.name, exact: true }).waitFor();
      const scanNow = row.getByRole('button', { name: `Scan ${bucket.name} now` });
      if (role === 'VIEWER') assert.equal(await scanNow.isDisabled(), true, `Scan now of ${bucket.name} is usable by a viewer`);
    }
  }
}

/** The objects list, or that the catalog is still empty (the demo seeds its clouds in the background). */
async function checkObjects(page) {
  const { total } = await api('/api/v1/objects?size=1');
  if (total === 0) await page.getByText('The catalog holds no objects yet').waitFor();
  else await page.getByRole('table', { name: 'Objects' }).getByRole('row').nth(1).waitFor();
}

/** When the catalog holds objects: the first one opened from the objects list, with its location and checksums. */
async function checkObjectDetail(page) {
  await page.getByText('No object chosen').waitFor();
  const { total } = await api('/api/v1/objects?size=1');
  if (total === 0) return;
  await goTo(page, 'catalog');
  const link = page.getByRole('table', { name: 'Objects' }).getByRole('row').nth(1).getByRole('link');
  const objectId = decodeURIComponent((await link.getAttribute('href')).replace('#/objects/', ''));
  const object = await api(`/api/v1/objects/${encodeURIComponent(objectId)}`);
  await link.click();
  await page.getByRole('heading', { level: 1, name: 'Object detail', exact: true }).waitFor();
  await page.getByTestId('object-location').filter({ hasText: object.location }).waitFor();
  const checksums = page.getByRole('region', { name: 'Checksums' });
  const known = Object.values(object.checksums ?? {}).filter(Boolean);
  for (const value of known) await checksums.getByText(value, { exact: true }).waitFor();
  assert.equal(await checksums.getByText('not known').count(), 3 - known.length);
  const history = page.getByRole('table', { name: 'Location history' });
  await history.getByText(object.location, { exact: true }).waitFor();
  assert.equal(await history.getByRole('row').count(), 2 + (object.history?.length ?? 0));
  const findings = page.getByRole('region', { name: 'Open drift findings' });
  await findings.getByText(/^None: /).or(findings.getByRole('table', { name: 'Drift findings' })).waitFor();
}

/** The drift findings, or that none has been found. */
async function checkFindings(page) {
  const { total } = await api('/api/v1/drift-findings?size=1');
  if (total === 0) await page.getByText('No drift found').waitFor();
  else await page.getByRole('table', { name: 'Drift findings' }).getByRole('row').nth(1).waitFor();
}

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
    await view.check(page, 'ADMIN');
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

test('as OPERATOR: Scan now starts a scan of a configured bucket and says so', async (t) => {
  const { items: accounts } = await api('/api/v1/clouds');
  const account = accounts.find((a) => a.buckets.length > 0);
  if (!account) {
    t.skip('no cloud configured');
    return;
  }
  const { page, context, assertNoProblems } = await openPage();
  await signIn(page, keys.operator);
  await goTo(page, 'cloud');
  const bucket = account.buckets[0].name;
  const scanNow = page.getByRole('region', { name: `Account ${account.name}` }).getByRole('button', { name: `Scan ${bucket} now` });
  await page.waitForFunction(
    (name) => [...document.querySelectorAll('button[aria-label]')].some((b) => b.getAttribute('aria-label') === name),
    `Scan ${bucket} now`,
  );
  // A scan already running (the demo's own) disables the button: then the view says so by showing its progress.
  if (await scanNow.isDisabled()) {
    await page.getByTestId('running-scan').first().waitFor();
  } else {
    await scanNow.click();
    await page.getByText(`Scan of ${account.name}/${bucket} started`).waitFor();
  }

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
      await view.check(page, 'VIEWER');
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
