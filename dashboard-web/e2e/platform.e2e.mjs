// The dashboard in a real browser (Debian's headless Chromium) against a running gateway.
// Run by the gateway's DashboardInBrowserIT with GATEWAY_URL set; by hand: GATEWAY_URL=http://localhost:8080 npm run e2e
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

const gateway = process.env.GATEWAY_URL;
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
let browser;

before(async () => {
  assert.ok(gateway, 'GATEWAY_URL must name the gateway to test, e.g. http://localhost:8080');
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

test('the platform page shows every service with its readiness, as the gateway reports it', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const status = await (await fetch(`${gateway}/api/v1/platform/status`)).json();

  await page.goto(gateway);

  await page.getByRole('heading', { name: 'Platform' }).waitFor();
  for (const service of status.services) {
    const row = page.getByRole('row').filter({ hasText: service.name });
    await row.waitFor();
    assert.match(await row.innerText(), new RegExp(`${service.name}\\s+(UP|DOWN|UNKNOWN)`));
  }
  mkdirSync('target/e2e', { recursive: true });
  await page.screenshot({ path: 'target/e2e/platform.png' });
});
