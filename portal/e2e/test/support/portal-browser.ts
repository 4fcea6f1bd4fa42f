import { mkdirSync, readFileSync } from 'node:fs';
import { freePort } from '@fieldloop/testkit';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const SCREENSHOTS_DIR = resolve(__dirname, '..', '..', '..', '..', 'docs', 'screenshots');

/** The Chromium the jest global setup provided (packages/testkit's provideChromium). */
export function launchChromium(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH;
  if (!executablePath) throw new Error("no Chromium for the browser tests: the run's first lines say why; set CHROMIUM_PATH");
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

/**
 * A fresh browser profile (its own storage), English unless told otherwise, in a time zone
 * far from the company's (times must still show in Asia/Shanghai). PORTAL_TEST_DEBUG=1 prints
 * the pages' console errors and GraphQL errors.
 */
export async function newContext(browser: Browser, locale = 'en-US'): Promise<BrowserContext> {
  const context = await browser.newContext({ locale, timezoneId: 'Europe/London', viewport: { width: 1360, height: 900 } });
  if (process.env.PORTAL_TEST_DEBUG) {
    context.on('console', (message) => message.type() === 'error' && console.log(`[browser] ${message.text()}`));
    context.on('response', async (response) => {
      const body = response.url().endsWith('/graphql') ? await response.text().catch(() => '') : '';
      if (body.includes('"errors"'))
        console.log(`[graphql] ${response.status()} ${response.request().postData()?.slice(0, 120)} → ${body.slice(0, 300)}`);
    });
  }
  return context;
}

/** Signs in through the portal's own form and waits for the navigation. */
export async function signIn(page: Page, baseUrl: string, username: string, password: string, path = '/'): Promise<void> {
  await page.goto(new URL(path, baseUrl).toString());
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('navigation').waitFor();
}

/** A picture of the page for the README, from the test run. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS_DIR, `${name}.png`), fullPage: true });
}

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's serious and critical findings on the page as it stands: rule, count, first element. */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }
    ).axe;
    const { violations } = await axe.run();
    return violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => `${violation.id}: ${violation.nodes.length} (${violation.nodes[0]?.target.join(' ')})`);
  });
}

/**
 * A free port for every portal app, chosen before the stack starts (the gateway allows CORS
 * from the portal's origins only). Every app, not only the ones a test visits: the portal
 * server serves them all, and another run on the machine may hold an app's own port.
 */
export async function portalPorts(): Promise<Record<string, number>> {
  const names = ['shell', 'customers', 'visits', 'orders', 'complaints'];
  return Object.fromEntries(await Promise.all(names.map(async (name) => [name, await freePort()] as const)));
}

/** The gateway's CORS setting for a portal on these ports. */
export function portalCorsOrigins(ports: Record<string, number>): string {
  return Object.values(ports)
    .flatMap((port) => [`http://localhost:${port}`, `http://127.0.0.1:${port}`])
    .join(',');
}
