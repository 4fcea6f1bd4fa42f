import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { complaints, escalateCases } from '@fieldloop/complaints';
import { customers } from '@fieldloop/customers';
import { DEMO_PASSWORD, generateCustomersDemo, loadCustomersDemo } from '@fieldloop/dev/dist/demo';
import { orders } from '@fieldloop/orders';
import { startPortalServer, type RunningPortal } from '@fieldloop/portal-server';
import { GraphQLClient, startStack, type Stack } from '@fieldloop/testkit';
import { visits } from '@fieldloop/visits';
import type { Browser, BrowserContext } from 'playwright-core';
import {
  launchChromium,
  newContext,
  portalCorsOrigins,
  portalPorts,
  screenshot,
  seriousViolations,
  signIn,
} from './support/portal-browser';

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }`;
const RAISE = `mutation($input: RaiseCaseInput!) { raiseCase(input: $input) { id respondDueAt } }`;

/** The loop board in real Chromium against the real stack: a late case escalates, live. */
describe('the loop board', () => {
  let stack: Stack;
  let portal: RunningPortal;
  let browser: Browser;
  let context: BrowserContext;
  let supervisor: { username: string; name: string };
  let manager: ReturnType<typeof generateCustomersDemo>['staff'][number];
  let clerk: { id: string; name: string };
  let shop: { id: string; shopName: string; territoryId: string };
  let asManager: GraphQLClient;
  let caseId: string;
  let respondDueAt: string;

  beforeAll(async () => {
    const ports = await portalPorts();
    stack = await startStack([customers, visits, orders, complaints], {
      gatewayEnv: {
        GATEWAY_CORS_ORIGINS: portalCorsOrigins(ports),
      },
    });
    // The test moves the sweeper's clock itself.
    await Promise.all(stack.subgraphs.complaints.jobs.map((job) => job.stop()));
    const company = generateCustomersDemo({ seed: 20261202, retailers: 60 });
    await loadCustomersDemo(stack.subgraphs.customers.database.dataSource, company);
    manager = company.staff.find((member) => member.role === 'ACCOUNT_MANAGER' && member.active)!;
    clerk = company.staff.find((member) => member.role === 'ORDER_CLERK' && member.active)!;
    const lead = company.staff.find((member) => member.id === manager.supervisorId)!;
    supervisor = { username: lead.username, name: lead.name };
    const territories = new Set(company.territories.filter((territory) => territory.accountManagerId === manager.id).map((t) => t.id));
    shop = company.retailers.find((retailer) => territories.has(retailer.territoryId))!;
    await stack.subgraphs.customers.relay.kick();
    for (let i = 0; i < 300; i += 1) {
      const [{ count }] = await stack.subgraphs.complaints.database.dataSource.query('SELECT count(*)::int AS count FROM case_retailer');
      if (count >= company.retailers.length) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const { signIn: session } = await stack.anonymous.request<{ signIn: { accessToken: string } }>(SIGN_IN, {
      input: { username: manager.username, password: DEMO_PASSWORD },
    });
    asManager = new GraphQLClient(stack.gateway.url, { authorization: `Bearer ${session.accessToken}` });
    const { raiseCase } = await asManager.request<{ raiseCase: { id: string; respondDueAt: string } }>(RAISE, {
      input: {
        kind: 'COMPLAINT',
        category: 'PRODUCT_QUALITY',
        source: 'RETAILER',
        channel: 'PHONE',
        title: '玉溪受潮',
        description: '店主来电: 上周到货的玉溪有两条受潮',
        retailerId: shop.id,
      },
    });
    ({ id: caseId, respondDueAt } = raiseCase);
    portal = await startPortalServer({ gatewayUrl: stack.gateway.url, ports, host: '127.0.0.1' });
    browser = await launchChromium();
    context = await newContext(browser);
  }, 180_000);

  afterAll(async () => {
    await context?.close().catch(() => undefined);
    await browser?.close();
    await portal?.stop();
    await stack?.stop();
  });

  it('shows the case in its owner’s lane, and its escalation to the supervisor as soon as the sweeper fires it', async () => {
    const page = await supervisorAt('/complaints/board');
    const row = page.locator(`[data-case="${caseId}"]`);
    await row.waitFor();
    expect(await row.getAttribute('data-escalation')).toBe('0');
    expect(await row.textContent()).toContain('玉溪受潮');
    // The respond deadline passes unanswered: the sweeper, at a clock a minute past it.
    await stack.subgraphs.complaints.database.dataSource.transaction((manager) =>
      escalateCases(manager, new Date(Date.parse(respondDueAt) + 60_000)),
    );
    await page.locator(`[data-case="${caseId}"][data-escalation="1"]`).waitFor({ timeout: 15_000 });
    expect(await row.textContent()).toContain('level 1');
    await screenshot(page, 'loop-board');

    await row.getByRole('link', { name: '玉溪受潮' }).click();
    await page.getByRole('heading', { name: '玉溪受潮' }).waitFor();
    expect(await page.getByTestId('escalations').textContent()).toContain(`Level 1 (RESPOND) to ${supervisor.name}`);
    await page.getByLabel('Reason (needed to override-close or reopen)').fill('零售户已停业, 无法联系');
    await page.getByRole('button', { name: 'Override-close' }).click();
    await page.getByText('Done: the case is now Closed.').waitFor();
    await page.getByTestId('case-facts').getByText('Closed').waitFor();
    await page.getByTestId('timeline').getByText('零售户已停业, 无法联系', { exact: false }).waitFor();
    await screenshot(page, 'case-page');
  });

  /** The supervisor in a browser profile of their own (one sign-in per browser: a signed-in profile shows no form). */
  const supervisorAt = async (path: string) => {
    const page = await (await newContext(browser)).newPage();
    await signIn(page, portal.url, supervisor.username, DEMO_PASSWORD, path);
    return page;
  };

  /** A complaint the account manager takes in at the shop, as in seed scenario 2. */
  const raiseComplaint = async (title: string) =>
    (
      await asManager.request<{ raiseCase: { id: string; respondDueAt: string } }>(RAISE, {
        input: {
          kind: 'COMPLAINT',
          category: 'DELIVERY',
          source: 'RETAILER',
          channel: 'IN_PERSON',
          title,
          description: `${title}：店主当面反映`,
          retailerId: shop.id,
        },
      })
    ).raiseCase;

  it('shows the supervisor the market leads of the team by territory and day', async () => {
    await asManager.request(RAISE, {
      input: {
        kind: 'MARKET_LEAD',
        category: 'MARKET',
        source: 'STAFF',
        channel: 'VISIT',
        title: '发现无防伪标识的中华(硬)',
        description: '中华(硬) × 5 — 无防伪标识',
        retailerId: shop.id,
      },
    });
    const page = await supervisorAt('/complaints/board');
    const leads = page.getByTestId('market-leads');
    await leads.getByRole('heading', { name: 'Market leads' }).waitFor();
    const row = leads.locator(`tr[data-territory="${shop.territoryId}"]`);
    await row.first().waitFor();
    const cells = await row.first().locator('td').allTextContents();
    expect(Number(cells[2])).toBeGreaterThanOrEqual(1);
    expect(Number(cells[2])).toBe(Number(cells[3]) + Number(cells[4]));
  });

  it('shows a case’s escalation in Live activity as an attention event, linked to the case', async () => {
    const page = await supervisorAt('/activity');
    await page.locator('[data-connection="live"]').waitFor();
    const raised = await raiseComplaint('送货迟到');
    await page.locator('[data-event-type="complaints.case.opened"]').getByRole('link', { name: '送货迟到' }).waitFor({ timeout: 15_000 });
    await stack.subgraphs.complaints.database.dataSource.transaction((entityManager) =>
      escalateCases(entityManager, new Date(Date.parse(raised.respondDueAt) + 60_000)),
    );
    // The supervisor's feed opened with today's earlier events too: this case's escalation is the one with its name.
    const escalated = page.locator('[data-event-type="complaints.case.escalated"].feed-attention', { hasText: '送货迟到' });
    await escalated.waitFor({ timeout: 15_000 });
    expect(await escalated.textContent()).toContain('“送货迟到” is late: escalated to level 1');
    await escalated.getByRole('link', { name: '送货迟到' }).click();
    await page.getByRole('heading', { name: '送货迟到' }).waitFor();
    expect(page.url()).toContain(`/complaints/cases/${raised.id}`);
  });

  it('hands a case to the order clerk through the form, keeping its deadline', async () => {
    const raised = await raiseComplaint('少送两条');
    const page = await supervisorAt(`/complaints/cases/${raised.id}`);
    const form = page.getByRole('form', { name: 'Hand off' });
    await form.waitFor();
    await form.getByLabel('To the post').selectOption('ORDER_CLERK');
    await form.getByLabel('Person').locator(`option[value="${clerk.id}"]`).waitFor({ state: 'attached' });
    await form.getByLabel('Person').selectOption(clerk.id);
    await form.getByLabel('Note to them').fill('请核对出库单');
    await form.getByRole('button', { name: 'Hand off' }).click();
    await page.getByText(`Handed to ${clerk.name}.`).waitFor();
    await page.getByTestId('timeline').getByText('请核对出库单', { exact: false }).waitFor();
    // The clock kept its time: the answer is due when it was before the hand-off.
    const { case: handed } = await stack.gateway.request<{ case: { assigneeId: string; ownerRole: string; respondDueAt: string } }>(
      `query($id: ID!) { case(id: $id) { assigneeId ownerRole respondDueAt } }`,
      { id: raised.id },
    );
    expect(handed).toEqual({ assigneeId: clerk.id, ownerRole: 'ORDER_CLERK', respondDueAt: raised.respondDueAt });
    await screenshot(page, 'case-hand-off');
  });

  it('sends a task down to an account manager of the team, which lands in their lane and their cases', async () => {
    const page = await supervisorAt('/complaints/board');
    const form = page.getByRole('form', { name: 'Send a task down' });
    await form.waitFor();
    await form.getByLabel('To').locator(`option[value="${manager.id}"]`).waitFor({ state: 'attached' });
    await form.getByLabel('To').selectOption(manager.id);
    await form.getByLabel('Task').fill('本周走访新店三家');
    await form.getByLabel('Details').fill('重点介绍新品规格');
    await form.getByLabel('Answer within (business hours)').fill('16');
    await form.getByRole('button', { name: 'Send the task' }).click();
    await page.getByRole('link', { name: `“本周走访新店三家” sent to ${manager.name}: open it` }).waitFor();
    await page.locator(`[data-lane="${manager.id}"]`).getByRole('link', { name: '本周走访新店三家' }).waitFor({ timeout: 15_000 });
    const { staffMember } = await asManager.request<{ staffMember: { assignedCases: { title: string; kind: string }[] } }>(
      `query($id: ID!) { staffMember(id: $id) { assignedCases { title kind } } }`,
      { id: manager.id },
    );
    expect(staffMember.assignedCases).toContainEqual({ title: '本周走访新店三家', kind: 'INFO_FEEDBACK' });
  });

  it('refuses a task without a title, naming the field, and sends nothing', async () => {
    const page = await supervisorAt('/complaints/board');
    const form = page.getByRole('form', { name: 'Send a task down' });
    await form.getByLabel('To').locator(`option[value="${manager.id}"]`).waitFor({ state: 'attached' });
    await form.getByLabel('To').selectOption(manager.id);
    await form.getByLabel('Details').fill('没有标题的任务');
    await form.getByRole('button', { name: 'Send the task' }).click();
    await form.locator('input[aria-invalid="true"]').waitFor();
    expect(await form.getByLabel('Task').getAttribute('aria-invalid')).toBe('true');
    const { staffMember } = await asManager.request<{ staffMember: { assignedCases: { description: string }[] } }>(
      `query($id: ID!) { staffMember(id: $id) { assignedCases { description } } }`,
      { id: manager.id },
    );
    expect(staffMember.assignedCases.map((row) => row.description)).not.toContain('没有标题的任务');
  });

  it('lists the shop’s cases in Retailer 360, each linking to its case page', async () => {
    const page = await supervisorAt(`/customers/retailers/${shop.id}`);
    const cases = page.locator('[data-section="cases"]');
    await cases.getByRole('link', { name: '少送两条' }).waitFor();
    expect(await cases.locator(`[data-case="${caseId}"]`).textContent()).toContain('Missed');
    await cases.getByRole('link', { name: '少送两条' }).click();
    await page.getByRole('heading', { name: '少送两条' }).waitFor();
  });

  it('has no serious or critical axe violation on the new forms and the cases tab, in English and in Chinese', async () => {
    const page = await supervisorAt('/complaints/board');
    const found: { language: string; path: string; violations: string[] }[] = [];
    const pages: [string, string][] = [
      ['/complaints/board', 'form'],
      [`/complaints/cases/${caseId}`, '[data-testid="timeline"]'],
      [`/customers/retailers/${shop.id}`, '[data-section="cases"] table'],
    ];
    for (const language of ['en', 'zh-CN']) {
      await page.evaluate((chosen) => localStorage.setItem('fieldloop.language', chosen), language);
      for (const [path, ready] of pages) {
        await page.goto(`${portal.url}${path}`);
        await page.locator(ready).first().waitFor();
        found.push({ language, path, violations: await seriousViolations(page) });
      }
    }
    expect(found.filter((result) => result.violations.length > 0)).toEqual([]);
  }, 120_000);
});
