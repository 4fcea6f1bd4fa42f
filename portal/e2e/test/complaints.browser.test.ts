import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { complaints, escalateCases } from '@fieldloop/complaints';
import { customers } from '@fieldloop/customers';
import { DEMO_PASSWORD, generateCustomersDemo, loadCustomersDemo } from '@fieldloop/dev/dist/demo';
import { startPortalServer, type RunningPortal } from '@fieldloop/portal-server';
import { freePort, GraphQLClient, startStack, type Stack } from '@fieldloop/testkit';
import { visits } from '@fieldloop/visits';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchChromium, newContext, screenshot, signIn } from './support/portal-browser';

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }`;

/** The loop board in real Chromium against the real stack: a late case escalates, live. */
describe('the loop board', () => {
  let stack: Stack;
  let portal: RunningPortal;
  let browser: Browser;
  let context: BrowserContext;
  let supervisor: { username: string; name: string };
  let caseId: string;
  let respondDueAt: string;

  beforeAll(async () => {
    const ports = { shell: await freePort(), customers: await freePort(), visits: await freePort(), complaints: await freePort() };
    stack = await startStack([customers, visits, complaints], {
      gatewayEnv: {
        GATEWAY_CORS_ORIGINS: Object.values(ports)
          .flatMap((port) => [`http://localhost:${port}`, `http://127.0.0.1:${port}`])
          .join(','),
      },
    });
    // The test moves the sweeper's clock itself.
    await Promise.all(stack.subgraphs.complaints.jobs.map((job) => job.stop()));
    const company = generateCustomersDemo({ seed: 20261202, retailers: 60 });
    await loadCustomersDemo(stack.subgraphs.customers.database.dataSource, company);
    const manager = company.staff.find((member) => member.role === 'ACCOUNT_MANAGER' && member.active)!;
    const lead = company.staff.find((member) => member.id === manager.supervisorId)!;
    supervisor = { username: lead.username, name: lead.name };
    const territories = new Set(company.territories.filter((territory) => territory.accountManagerId === manager.id).map((t) => t.id));
    const shop = company.retailers.find((retailer) => territories.has(retailer.territoryId))!;
    await stack.subgraphs.customers.relay.kick();
    for (let i = 0; i < 300; i += 1) {
      const [{ count }] = await stack.subgraphs.complaints.database.dataSource.query('SELECT count(*)::int AS count FROM case_retailer');
      if (count >= company.retailers.length) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const { signIn: session } = await stack.anonymous.request<{ signIn: { accessToken: string } }>(SIGN_IN, {
      input: { username: manager.username, password: DEMO_PASSWORD },
    });
    const asManager = new GraphQLClient(stack.gateway.url, { authorization: `Bearer ${session.accessToken}` });
    const { raiseCase } = await asManager.request<{ raiseCase: { id: string; respondDueAt: string } }>(
      `mutation($input: RaiseCaseInput!) { raiseCase(input: $input) { id respondDueAt } }`,
      {
        input: {
          kind: 'COMPLAINT',
          category: 'PRODUCT_QUALITY',
          source: 'RETAILER',
          channel: 'PHONE',
          title: '玉溪受潮',
          description: '店主来电: 上周到货的玉溪有两条受潮',
          retailerId: shop.id,
        },
      },
    );
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
    const page = await context.newPage();
    await signIn(page, portal.url, supervisor.username, DEMO_PASSWORD, '/complaints/board');
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
});
