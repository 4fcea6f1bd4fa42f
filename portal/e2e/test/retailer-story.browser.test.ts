import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { complaints } from '@fieldloop/complaints';
import { customers } from '@fieldloop/customers';
import { DEMO_PASSWORD, generateCustomersDemo, loadCustomersDemo } from '@fieldloop/dev/dist/demo';
import { DEMO_CATALOGUE, orders } from '@fieldloop/orders';
import { startPortalServer, type RunningPortal } from '@fieldloop/portal-server';
import { GraphQLClient, startStack, type Stack } from '@fieldloop/testkit';
import { visits } from '@fieldloop/visits';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, newContext, portalCorsOrigins, portalPorts, screenshot, signIn } from './support/portal-browser';

/*
 * The Story section of Retailer 360 in real Chromium against the whole stack: a shop's file
 * changes, quota, a visit that raises a case, the case answered and closed, an order placed and
 * read back, all through the gateway; the customers service tells it from their events, and
 * the page shows it newest first, a page at a time, in English and in Chinese.
 */

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }`;
const STORY = `query($id: ID!) { retailer(id: $id) { story(first: 100) { edges { node { id summaryCode case { id } } } } } }`;
const FILE_CHANGES = 14;
/** What this test tells, newest first (the demo's own history of the shop comes after it, older). */
const TOLD = [
  'order.confirmed',
  'order.placed',
  'case.closed',
  'case.responded',
  'visit.finished',
  'case.opened',
  'finding.case_raised',
  'quota.set',
  ...Array<string>(FILE_CHANGES).fill('file.changed'),
];

const companyDay = (at: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(at);

async function until<T>(what: string, probe: () => Promise<T | undefined>): Promise<T> {
  for (let i = 0; i < 600; i += 1) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

interface StoryNode {
  id: string;
  summaryCode: string;
  case: { id: string } | null;
}

describe("a retailer's story in Retailer 360", () => {
  let stack: Stack;
  let portal: RunningPortal;
  let browser: Browser;
  let context: BrowserContext;
  let supervisor: { username: string };
  let manager: { id: string; username: string; name: string };
  let shop: { id: string; shopName: string; territoryId: string; latitude: number; longitude: number };
  let caseId: string;
  let orderId: string;
  let visitId: string;
  let story: StoryNode[];

  beforeAll(async () => {
    const ports = await portalPorts();
    stack = await startStack([customers, visits, orders, complaints], {
      gatewayEnv: {
        GATEWAY_CORS_ORIGINS: portalCorsOrigins(ports),
      },
    });
    const company = generateCustomersDemo({ seed: 20261203, retailers: 40 });
    await loadCustomersDemo(stack.subgraphs.customers.database.dataSource, company);
    const member = company.staff.find((staff) => staff.role === 'ACCOUNT_MANAGER' && staff.active)!;
    manager = { id: member.id, username: member.username, name: member.name };
    supervisor = { username: company.staff.find((staff) => staff.id === member.supervisorId)!.username };
    const territories = new Set(company.territories.filter((territory) => territory.accountManagerId === member.id).map((t) => t.id));
    shop = company.retailers.find((retailer) => territories.has(retailer.territoryId) && retailer.status === 'ACTIVE')!;

    // Every service knows the shop and the staff before its story starts.
    await stack.subgraphs.customers.relay.kick();
    const copied = (service: string, table: string) => async () =>
      Number(
        (await stack.subgraphs[service].database.dataSource.query(`SELECT count(*) FROM ${table} WHERE id = $1`, [shop.id]))[0].count,
      ) > 0
        ? true
        : undefined;
    await until('visits to copy the shop', copied('visits', 'route_retailer'));
    await until('orders to copy the shop', copied('orders', 'order_retailer'));
    await until('complaints to copy the shop', copied('complaints', 'case_retailer'));
    await until('complaints to copy the account manager', async () =>
      Number(
        (await stack.subgraphs.complaints.database.dataSource.query('SELECT count(*) FROM case_staff WHERE id = $1', [member.id]))[0].count,
      ) > 0
        ? true
        : undefined,
    );
    const { signIn: session } = await stack.anonymous.request<{ signIn: { accessToken: string } }>(SIGN_IN, {
      input: { username: member.username, password: DEMO_PASSWORD },
    });
    const asManager = new GraphQLClient(stack.gateway.url, { authorization: `Bearer ${session.accessToken}` });

    // The oldest part of the story: the file kept up to date, then the quota fixed.
    for (let i = 0; i < FILE_CHANGES; i += 1) {
      await stack.gateway.request(`mutation($input: UpdateRetailerInput!) { updateRetailer(input: $input) { id } }`, {
        input: { id: shop.id, phone: `1390000${String(i).padStart(4, '0')}` },
      });
    }
    await stack.gateway.request(`mutation($input: SetRetailerQuotaInput!) { setRetailerQuota(input: $input) { monthlyCartons } }`, {
      input: { retailerId: shop.id, monthlyCartons: 60, reason: '核定量与档位不符，按实际销量调整' },
    });

    // A visit today: the shop complains of slow stock, raised as a case before the visit ends (a check-in
    // outside working hours opens a case of its own, for the supervisor).
    const now = new Date();
    const arrived = companyDay(new Date(now.getTime() - 26 * 60_000)) === companyDay(now) ? new Date(now.getTime() - 26 * 60_000) : now;
    const { createVisitPlan } = await asManager.request<{ createVisitPlan: { id: string; visits: { id: string }[] } }>(
      `mutation($input: CreateVisitPlanInput!) { createVisitPlan(input: $input) { id visits { id } } }`,
      {
        input: {
          accountManagerId: manager.id,
          planDate: companyDay(now),
          stops: [
            { retailerId: shop.id, theme: '库存调剂', purpose: '处理滞销', actionPlan: '清点库存并记录问题', expectedResult: '提出调剂' },
          ],
        },
      },
    );
    visitId = createVisitPlan.visits[0].id;
    await asManager.request(`mutation($id: ID!) { submitVisitPlan(planId: $id) { status } }`, { id: createVisitPlan.id });
    await stack.gateway.request(`mutation($input: ReviewVisitPlanInput!) { approveVisitPlan(input: $input) { status } }`, {
      input: { planId: createVisitPlan.id, reviewerId: member.supervisorId },
    });
    const position = { latitude: shop.latitude, longitude: shop.longitude };
    await asManager.request(`mutation($input: PositionInput!) { checkIn(input: $input) { id } }`, {
      input: { visitId, ...position, at: arrived.toISOString() },
    });
    await asManager.request(`mutation($input: RecordFindingsInput!) { recordFindings(input: $input) { id } }`, {
      input: {
        visitId,
        stock: [{ product: '红河(软)', cartons: 9 }],
        notes: '店主反映红河(软)滞销积压九条，请求调剂。已记录问题并转工单处理。',
        satisfaction: 3,
        cases: [{ kind: 'COMPLAINT', category: 'OTHER', description: '红河(软)滞销积压九条，请求调剂' }],
      },
    });
    caseId = await until('complaints to open the case', async () => {
      const rows: { id: string }[] = await stack.subgraphs.complaints.database.dataSource.query(
        "SELECT id FROM loop_case WHERE visit_id = $1 AND kind = 'COMPLAINT'",
        [visitId],
      );
      return rows[0]?.id;
    });
    await asManager.request(`mutation($input: PositionInput!) { checkOut(input: $input) { id } }`, {
      input: { visitId, ...position, at: new Date().toISOString() },
    });
    // The case answered and closed, then an order placed and read back to the shop.
    const act = `mutation($input: CaseActionInput!) { actOnCase(input: $input) { status } }`;
    await asManager.request(act, { input: { caseId, action: 'ACKNOWLEDGE' } });
    await asManager.request(act, { input: { caseId, action: 'START' } });
    await asManager.request(act, { input: { caseId, action: 'RESPOND', message: '已调剂红河(软)六条到邻店' } });
    await asManager.request(act, { input: { caseId, action: 'CONFIRM_CLOSE', satisfaction: 5, message: '店主确认已调剂' } });
    const { id: _catalogueId, ...product } = DEMO_CATALOGUE[0];
    const { saveProduct } = await stack.gateway.request<{ saveProduct: { id: string } }>(
      `mutation($input: ProductInput!) { saveProduct(input: $input) { id } }`,
      { input: product },
    );
    const clerk = await stack.as({ role: 'ORDER_CLERK', terr: [shop.territoryId] });
    orderId = (
      await clerk.request<{ placeOrder: { id: string } }>(`mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { id } }`, {
        input: { retailerId: shop.id, channel: 'PHONE', lines: [{ productId: saveProduct.id, cartons: 2 }] },
      })
    ).placeOrder.id;
    await clerk.request(`mutation($input: ConfirmOrderInput!) { confirmOrder(input: $input) { id } }`, {
      input: { orderId, method: 'PHONE_CALL' },
    });

    // A visit flagged (outside working hours, say) opens a case of its own for the supervisor:
    // the story is whole once those cases are in it too.
    const { visit } = await stack.gateway.request<{ visit: { flags: { kind: string }[] } }>(
      `query($id: ID!) { visit(id: $id) { flags { kind } } }`,
      { id: visitId },
    );
    story = await until('the story to be told', async () => {
      const { retailer } = await stack.gateway.request<{ retailer: { story: { edges: { node: StoryNode }[] } } }>(STORY, { id: shop.id });
      const nodes = retailer.story.edges.map((edge) => edge.node);
      const opened = nodes.filter((node) => node.summaryCode === 'case.opened').length;
      return nodes.some((node) => node.summaryCode === 'order.confirmed') && opened === 1 + visit.flags.length ? nodes : undefined;
    });

    portal = await startPortalServer({ gatewayUrl: stack.gateway.url, ports, host: '127.0.0.1' });
    browser = await launchChromium();
    context = await newContext(browser);
  }, 240_000);

  afterAll(async () => {
    await context?.close().catch(() => undefined);
    await browser?.close();
    await portal?.stop();
    await stack?.stop();
  });

  const shownEntries = (page: Page) =>
    page.locator('[data-section="story"] [data-story-entry]').evaluateAll((rows) =>
      rows.map((row) => ({
        id: row.getAttribute('data-story-entry')!,
        at: row.getAttribute('data-occurred-at')!,
        text: row.textContent!,
      })),
    );
  /** The newest entry of a code, as the API tells it. */
  const newest = (code: string) => story.find((entry) => entry.summaryCode === code)!;
  const textOf = (shown: { id: string; text: string }[], code: string) => shown.find((entry) => entry.id === newest(code).id)?.text;
  const dayHeadings = (page: Page) => page.locator('[data-section="story"] h3').allTextContents();

  it('tells the shop’s story newest first, from visits, orders and cases, a page at a time, with no section of the page in error', async () => {
    // What this test did, in the order it did it (a flagged visit's case may come in between).
    const codes = story.map((entry) => entry.summaryCode);
    let from = 0;
    for (const code of TOLD) {
      from = codes.indexOf(code, from) + 1;
      expect([code, from]).not.toEqual([code, 0]);
    }
    expect(story.length).toBeGreaterThan(20);
    const page = await context.newPage();
    await signIn(page, portal.url, supervisor.username, DEMO_PASSWORD, `/customers/retailers/${shop.id}`);
    const section = page.locator('[data-section="story"]');
    await section.locator('[data-story-entry]').first().waitFor();
    await expect(section.getByRole('heading', { name: 'Story', exact: true }).count()).resolves.toBe(1);

    // The first page: the API's newest twenty, newest first, under today's heading.
    const first = await shownEntries(page);
    expect(first.map((entry) => entry.id)).toEqual(story.slice(0, 20).map((entry) => entry.id));
    const times = first.map((entry) => Date.parse(entry.at));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect((await dayHeadings(page))[0]).toBe('Today');
    const kinds = await section.locator('[data-story-entry]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-kind')));
    for (const kind of ['ORDER', 'CASE', 'VISIT', 'FINDING', 'QUOTA', 'FILE_CHANGE']) expect(kinds).toContain(kind);
    expect(textOf(first, 'order.confirmed')).toMatch(/Order confirmed back to the shop by phone call, CN¥[\d,]+\.\d{2}\./);
    expect(textOf(first, 'order.placed')).toMatch(/Order placed by phone, CN¥[\d,]+\.\d{2}\./);
    expect(textOf(first, 'case.closed')).toContain('Case closed (Complaint), the shop’s satisfaction 5 of 5.');
    expect(textOf(first, 'case.responded')).toMatch(/Case answered \(Complaint\), (in time|after the deadline)\./);
    expect(textOf(first, 'visit.finished')).toMatch(/Visit done: \d+ minutes at the shop, satisfaction 3 of 5\./);
    expect(textOf(first, 'finding.case_raised')).toContain('Raised on the visit: Complaint about something else.');
    expect(textOf(first, 'quota.set')).toContain('Monthly quota set to 60 cartons');
    expect(textOf(first, 'file.changed')).toContain('Customer file changed: phone.');
    await expect(section.textContent()).resolves.toContain(`Showing 20 of ${story.length}.`);

    // Every section of the 360 view has loaded, and none of them shows an error.
    await page.locator('[data-section="cases"] table').waitFor();
    await page.locator('[data-section="orders"] li').first().waitFor();
    await expect(page.locator('.state-error, .state-loading').count()).resolves.toBe(0);
    await screenshot(page, 'retailer-story');

    for (let shown = 20; shown < story.length; shown += 20) {
      await section.getByRole('button', { name: 'Load more' }).click();
      await section.locator(`[data-story-entry="${story[Math.min(shown + 20, story.length) - 1].id}"]`).waitFor();
    }
    const all = await shownEntries(page);
    expect(all.map((entry) => entry.id)).toEqual(story.map((entry) => entry.id));
    await expect(section.getByRole('button', { name: 'Load more' }).count()).resolves.toBe(0);
    await expect(section.textContent()).resolves.toContain(`Showing ${story.length} of ${story.length}.`);
    // The demo's older history is under its own days: one heading a day, however many pages it took.
    const headings = await dayHeadings(page);
    expect(headings[0]).toBe('Today');
    expect(new Set(headings).size).toBe(headings.length);
    expect(headings.length).toBeGreaterThan(1);
    await page.close();
  }, 90_000);

  it('links an entry to its order, its case and the person who did it', async () => {
    const page = await context.newPage();
    await page.goto(`${portal.url}/customers/retailers/${shop.id}`);
    const section = page.locator('[data-section="story"]');
    const closed = section.locator(`[data-story-entry="${newest('case.closed').id}"]`);
    await closed.waitFor();
    await expect(closed.getByRole('link', { name: 'Open the case' }).getAttribute('href')).resolves.toBe(`/complaints/cases/${caseId}`);
    await expect(closed.getByRole('link', { name: `by ${manager.name}` }).getAttribute('href')).resolves.toBe(
      `/visits/people/${manager.id}`,
    );
    const placed = section.locator(`[data-story-entry="${newest('order.placed').id}"]`);
    await placed.getByRole('link', { name: 'Open the order' }).click();
    await page.waitForURL(`**/orders/${orderId}`);
    await page.getByRole('heading', { level: 1, name: `Order of ${shop.shopName}` }).waitFor();

    await page.goBack();
    await section
      .locator(`[data-story-entry="${newest('case.closed').id}"]`)
      .getByRole('link', { name: 'Open the case' })
      .click();
    await page.waitForURL(`**/complaints/cases/${caseId}`);
    await page.getByTestId('case-facts').waitFor();
    await page.close();
  }, 60_000);

  it('tells it in Chinese: Chinese sentences, money in yuan, today’s heading and the button', async () => {
    const page = await context.newPage();
    await page.goto(`${portal.url}/customers/retailers/${shop.id}`);
    await page.getByLabel('Language').selectOption('zh-CN');
    const section = page.locator('[data-section="story"]');
    await section.getByRole('heading', { name: '客户故事' }).waitFor();
    await section.getByRole('heading', { name: '今天' }).waitFor();
    const shown = await shownEntries(page);
    expect(textOf(shown, 'order.confirmed')).toMatch(/已电话向店主回馈确认订单，金额¥[\d,]+\.\d{2}。/);
    expect(textOf(shown, 'order.placed')).toMatch(/电话下单，金额¥[\d,]+\.\d{2}。/);
    expect(textOf(shown, 'case.closed')).toContain('工单已办结（投诉），店主满意度5分（满分5分）。');
    expect(textOf(shown, 'visit.finished')).toMatch(/完成拜访，在店\d+分钟，满意度3分（满分5分）。/);
    expect(textOf(shown, 'finding.case_raised')).toContain('拜访中反映问题：投诉，涉及其他。');
    expect(textOf(shown, 'quota.set')).toContain('月度核定量');
    expect(textOf(shown, 'file.changed')).toContain('修改客户档案：电话。');
    await section.getByRole('button', { name: '加载更多' }).waitFor();
    await expect(page.locator('.state-error').count()).resolves.toBe(0);
    await screenshot(page, 'retailer-story-zh-cn');
    await page.close();
  }, 60_000);

  // Last: it stops the orders service.
  it('keeps Retailer 360 section by section with the orders service down: the orders section says so, the rest shows', async () => {
    await stack.subgraphs.orders.stop();
    const fresh = await newContext(browser);
    const page = await fresh.newPage();
    await signIn(page, portal.url, supervisor.username, DEMO_PASSWORD, `/customers/retailers/${shop.id}`);
    await page.getByRole('heading', { level: 1, name: shop.shopName }).waitFor();
    await page.locator('[data-section="story"] [data-story-entry]').first().waitFor();
    await page.locator('[data-section="cases"] table').waitFor();
    await expect(page.locator('[data-section="orders"]').textContent()).resolves.toContain('Orders could not be loaded just now.');
    await expect(page.getByRole('heading', { name: 'Recent visits' }).count()).resolves.toBe(1);
    await expect(page.locator('[data-visit]').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('.state-error').count()).resolves.toBe(0);
    await fresh.close();
  }, 60_000);
});
