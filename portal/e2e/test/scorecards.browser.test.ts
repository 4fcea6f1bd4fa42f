import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { complaints } from '@fieldloop/complaints';
import { customers } from '@fieldloop/customers';
import {
  DEMO_PASSWORD,
  generateCustomersDemo,
  generateVisitsDemo,
  loadCustomersDemo,
  loadVisitsDemo,
  type CustomersDemo,
  type VisitsDemo,
} from '@fieldloop/dev/dist/demo';
import { orders } from '@fieldloop/orders';
import { startPortalServer, type RunningPortal } from '@fieldloop/portal-server';
import { startStack, type Stack } from '@fieldloop/testkit';
import { visits } from '@fieldloop/visits';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, newContext, portalCorsOrigins, portalPorts, screenshot, signIn } from './support/portal-browser';

/*
 * The Scorecards page in real Chromium against the real stack of four subgraphs, on the demo
 * company: the supervisor of seed 001's problem account manager (always the same few shops,
 * copied notes) finds them marked, sorts the team, opens their twelve months, and reads it all
 * in Chinese.
 */

const SEED = 20261123;
/** Last month, company time: a whole month of demo visits (this one may be a day old). */
const lastMonth = () => {
  const [year, month] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date()).split('-').map(Number);
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
};

describe('scorecards page', () => {
  let stack: Stack;
  let portal: RunningPortal;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let company: CustomersDemo;
  let fieldWork: VisitsDemo;
  let problem: { id: string; name: string };
  let supervisorUsername: string;

  beforeAll(async () => {
    const ports = await portalPorts();
    stack = await startStack([customers, visits, orders, complaints], {
      gatewayEnv: {
        GATEWAY_CORS_ORIGINS: portalCorsOrigins(ports),
      },
    });
    company = generateCustomersDemo({ seed: SEED, retailers: 300 });
    fieldWork = generateVisitsDemo(company, { seed: SEED + 1, now: new Date() });
    await loadCustomersDemo(stack.subgraphs.customers.database.dataSource, company);
    await loadVisitsDemo(stack.subgraphs.visits.database.dataSource, fieldWork);
    const manager = company.staff.find((member) => member.id === fieldWork.problemAccountManagerIds[0])!;
    problem = { id: manager.id, name: manager.name };
    supervisorUsername = company.staff.find((member) => member.id === manager.supervisorId)!.username;
    // The figures read visits' copies of customers' territories, retailers and staff.
    await stack.subgraphs.customers.relay.kick();
    for (let i = 0; i < 200; i += 1) {
      const [{ count }] = await stack.subgraphs.visits.database.dataSource.query('SELECT count(*)::int AS count FROM route_retailer');
      if (count >= company.retailers.length) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    portal = await startPortalServer({ gatewayUrl: stack.gateway.url, ports, host: '127.0.0.1' });
    browser = await launchChromium();
    context = await newContext(browser);
    page = await context.newPage();
  }, 240_000);

  afterAll(async () => {
    await context?.close().catch(() => undefined);
    await browser?.close();
    await portal?.stop();
    await stack?.stop();
  });

  const row = (id: string) => page.locator(`tr[data-manager="${id}"]`);
  const rowOrder = () =>
    page.locator('table.scorecards tbody tr').evaluateAll((rows) => rows.map((each) => each.getAttribute('data-manager')));

  it("marks the account manager who copies notes, with the reason in words and each figure's definition on hover", async () => {
    await signIn(page, portal.url, supervisorUsername, DEMO_PASSWORD, `/visits/scorecards?month=${lastMonth()}`);
    await page.getByRole('heading', { name: 'Scorecards' }).waitFor();
    await row(problem.id).waitFor({ timeout: 20_000 });
    const reasons = await row(problem.id).locator('[data-outlier]').allTextContents();
    expect(reasons.join('\n')).toMatch(/Notes of \d+% of the visits were copied from earlier visits, against the team's median of \d+%/);
    await expect(row(problem.id).getAttribute('class')).resolves.toBe('outlier');
    const coverageHeader = page.getByRole('button', { name: 'Coverage' });
    await expect(coverageHeader.getAttribute('title')).resolves.toBe('Distinct retailers visited ÷ active retailers on the territories');
    // The reports the account manager filed: work logs counted, the month's report filed or not, each defined on hover.
    const headers = await page.locator('table.scorecards thead th').allTextContents();
    const reportCell = row(problem.id).locator('td, th').nth(headers.indexOf('Monthly report'));
    await expect(reportCell.textContent()).resolves.toMatch(/^(Filed|Not filed)$/);
    await expect(row(problem.id).locator('td, th').nth(headers.indexOf('Work logs')).textContent()).resolves.toMatch(/^\d+$/);
    await expect(page.getByRole('button', { name: 'Monthly report' }).getAttribute('title')).resolves.toBe(
      "Whether the month's market report (月市场分析报告) is filed",
    );
    await screenshot(page, 'scorecards');
  }, 90_000);

  it('ranks the team on a figure, both ways', async () => {
    // The account manager who copies notes has the fewest real ones.
    await page.getByRole('button', { name: 'Real notes' }).click();
    await expect(page.locator('th[aria-sort="descending"]').textContent()).resolves.toContain('Real notes');
    expect((await rowOrder()).at(-1)).toBe(problem.id);
    await page.getByRole('button', { name: /Real notes/ }).click();
    await expect(page.locator('th[aria-sort="ascending"]').textContent()).resolves.toContain('Real notes');
    expect((await rowOrder())[0]).toBe(problem.id);
    expect((await page.locator('table.scorecards tbody tr td:first-child').allTextContents()).slice(0, 2)).toEqual(['1', '2']);
  }, 30_000);

  it("opens an account manager's card: twelve months of trends and the change on last year", async () => {
    await row(problem.id).getByRole('button', { name: problem.name }).click();
    const card = page.getByRole('article', { name: `${problem.name}: twelve months` });
    await card.locator('.chart svg').nth(4).waitFor({ timeout: 30_000 });
    await expect(card.locator('.chart').count()).resolves.toBe(5);
    await expect(card.textContent()).resolves.toMatch(/against the same month last year: (–|[+-]?\d+%)/);
  }, 60_000);

  it('reads the page in zh-CN, outlier reasons included', async () => {
    await page.getByLabel('Language').selectOption('zh-CN');
    await page.getByRole('heading', { name: '月度考评', level: 1 }).waitFor();
    await expect(row(problem.id).locator('[data-outlier="COPIED_NOTES_HIGH"]').textContent()).resolves.toMatch(
      /^\d+%的拜访记录抄自以往拜访，团队中位数为\d+%$/,
    );
    await page.getByRole('button', { name: '月度报告' }).waitFor();
    await page.getByRole('navigation').getByRole('link', { name: '月度考评' }).waitFor();
  }, 30_000);
});
