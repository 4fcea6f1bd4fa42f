import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { complaints } from '@fieldloop/complaints';
import { customers } from '@fieldloop/customers';
import {
  DEMO_PASSWORD,
  generateCustomersDemo,
  generateOrdersDemo,
  loadCustomersDemo,
  loadOrdersDemo,
  type OrdersDemo,
} from '@fieldloop/dev/dist/demo';
import { orders } from '@fieldloop/orders';
import { startPortalServer, type RunningPortal } from '@fieldloop/portal-server';
import { GraphQLClient, startStack, type Stack } from '@fieldloop/testkit';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, newContext, portalCorsOrigins, portalPorts, screenshot, signIn } from './support/portal-browser';

/*
 * The orders remote in real Chromium against the real stack: an order clerk's desk of
 * today's orders going live as orders are placed and confirmed through the gateway, the
 * order's read-back, and the delivery exceptions with seed 000's 8-vs-18 case.
 */

const SEED = 20261123;
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }`;
const PLACE = `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { id } }`;
const CONFIRM = `mutation($input: ConfirmOrderInput!) { confirmOrder(input: $input) { id status } }`;

describe('orders portal', () => {
  let stack: Stack;
  let portal: RunningPortal;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let demo: OrdersDemo;
  let clerk: { username: string; client: GraphQLClient };
  let shopId: string;
  let shopName: string;

  beforeAll(async () => {
    const ports = await portalPorts();
    // complaints too, as in production: the order page shows the order's cases from complaints.
    stack = await startStack([customers, orders, complaints], {
      gatewayEnv: {
        GATEWAY_CORS_ORIGINS: portalCorsOrigins(ports),
      },
    });
    const company = generateCustomersDemo({ seed: SEED, retailers: 300 });
    demo = generateOrdersDemo(company, { seed: SEED + 2, now: new Date() });
    await loadCustomersDemo(stack.subgraphs.customers.database.dataSource, company);
    await loadOrdersDemo(stack.subgraphs.orders.database.dataSource, demo);
    await stack.subgraphs.customers.relay.kick();
    for (let i = 0; i < 300; i += 1) {
      const [{ count }] = await stack.subgraphs.orders.database.dataSource.query('SELECT count(*)::int AS count FROM order_retailer');
      if (count >= company.retailers.length) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    // The clerk of the region of seed 000's case, and an active shop of that region with room in this month's quota.
    const caseOrder = demo.orders.find((order) => order.id === demo.eightVersusEighteenOrderId)!;
    const caseRegion = company.territories.find((territory) => territory.id === caseOrder.territoryId)!.regionId;
    const member = company.staff.find((staff) => staff.role === 'ORDER_CLERK' && staff.active && staff.regionId === caseRegion)!;
    const territories = new Set(
      company.territories.filter((territory) => territory.regionId === member.regionId).map((territory) => territory.id),
    );
    const month = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date()).slice(0, 7);
    const full = new Set(demo.allowances.filter((row) => row.month === month && row.quota - row.used < 2).map((row) => row.retailerId));
    const shop = company.retailers.find(
      (retailer) => territories.has(retailer.territoryId) && retailer.status === 'ACTIVE' && !full.has(retailer.id),
    )!;
    shopId = shop.id;
    shopName = shop.shopName;
    const { signIn: session } = await stack.anonymous.request<{ signIn: { accessToken: string } }>(SIGN_IN, {
      input: { username: member.username, password: DEMO_PASSWORD },
    });
    clerk = { username: member.username, client: new GraphQLClient(stack.gateway.url, { authorization: `Bearer ${session.accessToken}` }) };
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

  it('shows the clerk today’s desk, and an order placed and confirmed through the gateway moves across it live', async () => {
    await signIn(page, portal.url, clerk.username, DEMO_PASSWORD, '/orders/desk');
    await page.getByRole('heading', { name: 'Orders desk' }).waitFor();
    await page.locator('[data-column="placed"]').waitFor();
    await page.waitForTimeout(500); // the subscription is up before the order is placed

    const { placeOrder } = await clerk.client.request<{ placeOrder: { id: string } }>(PLACE, {
      input: { retailerId: shopId, channel: 'PHONE', lines: [{ productId: demo.products[6].id, cartons: 2 }] },
    });
    const placed = page.locator(`[data-column="placed"] [data-order="${placeOrder.id}"]`);
    await placed.waitFor({ timeout: 15_000 });
    expect(await placed.textContent()).toContain(shopName);

    await clerk.client.request(CONFIRM, { input: { orderId: placeOrder.id, method: 'PHONE_CALL' } });
    await page.locator(`[data-column="confirmed"] [data-order="${placeOrder.id}"]`).waitFor({ timeout: 15_000 });
    expect(await page.locator(`[data-column="placed"] [data-order="${placeOrder.id}"]`).count()).toBe(0);
    await screenshot(page, 'orders-desk');

    await page.locator(`[data-order="${placeOrder.id}"] a`).click();
    const readBack = page.locator('[data-read-back]');
    await readBack.waitFor();
    expect(await readBack.textContent()).toMatch(
      new RegExp(`^OK! ${shopName}: 2 cartons of 翻盖玉溪; 2 cartons in all, \\d+\\.\\d{2} yuan\\.$`),
    );
  });

  it('lists the delivery exceptions, seed 000’s 8-vs-18 case among them', async () => {
    await page.goto(new URL('/orders/exceptions', portal.url).toString());
    const row = page.locator(`tr[data-order="${demo.eightVersusEighteenOrderId}"]`);
    await row.waitFor({ timeout: 15_000 });
    expect(await row.textContent()).toContain('8 confirmed, 18 delivered, 0 kept over-delivered');
    await screenshot(page, 'orders-exceptions');
  });
});
