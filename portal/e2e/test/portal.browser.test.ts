import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { customers } from '@fieldloop/customers';
import {
  DEMO_PASSWORD,
  generateContributionDemo,
  generateCustomersDemo,
  generateVisitsDemo,
  loadContributionDemo,
  loadCustomersDemo,
  loadVisitsDemo,
  type ContributionDemo,
  type CustomersDemo,
  type VisitsDemo,
} from '@fieldloop/dev/dist/demo';
import { startPortalServer, type RunningPortal } from '@fieldloop/portal-server';
import { complaints } from '@fieldloop/complaints';
import { GraphQLClient, startStack, startTcpProxy, type Stack, type TcpProxy } from '@fieldloop/testkit';
import { visits } from '@fieldloop/visits';
import { orders } from '@fieldloop/orders';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  launchChromium,
  newContext,
  portalCorsOrigins,
  portalPorts,
  screenshot,
  seriousViolations,
  signIn,
} from './support/portal-browser';

/*
 * The supervisor portal in real Chromium, against the real stack (subgraphs on PostgreSQL
 * behind the Hive Gateway), with a demo company loaded. The browser reaches the gateway
 * through a TCP proxy the test can cut, as a network would drop.
 */

const SEED = 20261123;
const companyDay = (offsetDays = 0) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(Date.now() + offsetDays * 86_400_000));

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }`;
const CREATE_PLAN = `mutation($input: CreateVisitPlanInput!) { createVisitPlan(input: $input) { id } }`;
const SUBMIT_PLAN = `mutation($id: ID!) { submitVisitPlan(planId: $id) { id status } }`;

describe('supervisor portal', () => {
  let stack: Stack;
  let proxy: TcpProxy;
  let portal: RunningPortal;
  let browser: Browser;
  let company: CustomersDemo;
  let fieldWork: VisitsDemo;
  let contribution: ContributionDemo;
  let supervisor: { id: string; username: string };
  let accountManager: { id: string; username: string; name: string };
  let asAccountManager: GraphQLClient;
  let routeShops: string[];
  /** The live page of the first tests: its feed carries on across the connection cut. */
  let livePage: Page;
  let liveContext: BrowserContext;
  const contexts: BrowserContext[] = [];

  const eventsAfter = async (position: string) =>
    (await stack.subgraphs.customers.database.dataSource.query(
      'SELECT position::text AS position, type FROM events.event_log WHERE position > $1 ORDER BY position',
      [position],
    )) as {
      position: string;
      type: string;
    }[];
  const logHead = async () => {
    await Promise.all([stack.subgraphs.customers.relay.kick(), stack.subgraphs.visits.relay.kick()]);
    return String(
      (await stack.subgraphs.customers.database.dataSource.query('SELECT COALESCE(max(position), 0) AS head FROM events.event_log'))[0]
        .head,
    );
  };
  const submitPlan = async (day: string, shops: string[]) => {
    const { createVisitPlan } = await asAccountManager.request<{ createVisitPlan: { id: string } }>(CREATE_PLAN, {
      input: {
        accountManagerId: accountManager.id,
        planDate: day,
        stops: shops.map((retailerId, i) => ({
          retailerId,
          theme: `新品推介${i + 1}`,
          purpose: '介绍新品',
          actionPlan: '带样盒讲卖点',
          expectedResult: '店主同意试销',
        })),
      },
    });
    await asAccountManager.request(SUBMIT_PLAN, { id: createVisitPlan.id });
    return createVisitPlan.id;
  };
  const openContext = async (locale?: string) => {
    const context = await newContext(browser, locale);
    contexts.push(context);
    return context;
  };

  beforeAll(async () => {
    // The portal's ports are chosen first: the gateway allows CORS from its origins only.
    const ports = await portalPorts();
    // Every subgraph production runs: without complaints the gateway's supergraph has no
    // Retailer.cases, and Retailer 360's cases request is refused whole (GRAPHQL_VALIDATION_FAILED).
    stack = await startStack([customers, visits, orders, complaints], {
      gatewayEnv: {
        GATEWAY_CORS_ORIGINS: portalCorsOrigins(ports),
      },
    });
    // A small demo company (the same generator as `npm start`), with its visits up to now.
    company = generateCustomersDemo({ seed: SEED, retailers: 300 });
    fieldWork = generateVisitsDemo(company, { seed: SEED + 1, now: new Date() });
    await loadCustomersDemo(stack.subgraphs.customers.database.dataSource, company);
    await loadVisitsDemo(stack.subgraphs.visits.database.dataSource, fieldWork);
    // No orders in this company: the contribution demo computes a volume of none.
    const noOrders = { products: [], orders: [], lines: [], deliveries: [], allowances: [], eightVersusEighteenOrderId: '' };
    contribution = generateContributionDemo(company, noOrders, { seed: SEED + 4, now: new Date() });
    await loadContributionDemo(stack.subgraphs.customers.database.dataSource, contribution);

    const managers = company.staff.filter((member) => member.role === 'ACCOUNT_MANAGER' && member.active);
    const manager = managers[0];
    const lead = company.staff.find((member) => member.id === manager.supervisorId)!;
    supervisor = { id: lead.id, username: lead.username };
    accountManager = { id: manager.id, username: manager.username, name: manager.name };
    const territories = new Set(
      company.territories.filter((territory) => territory.accountManagerId === manager.id).map((territory) => territory.id),
    );
    routeShops = company.retailers
      .filter((retailer) => territories.has(retailer.territoryId) && retailer.status === 'ACTIVE')
      .sort((a, b) => a.routeSequence - b.routeSequence)
      .map((retailer) => retailer.id);

    // Plans may only name shops visits already knows of: wait for its projection of customers.
    await stack.subgraphs.customers.relay.kick();
    for (let i = 0; i < 200; i += 1) {
      const [{ count }] = await stack.subgraphs.visits.database.dataSource.query('SELECT count(*)::int AS count FROM route_retailer');
      if (count >= company.retailers.length) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const { signIn: session } = await stack.anonymous.request<{ signIn: { accessToken: string } }>(SIGN_IN, {
      input: { username: manager.username, password: DEMO_PASSWORD },
    });
    asAccountManager = new GraphQLClient(stack.gateway.url, { authorization: `Bearer ${session.accessToken}` });

    proxy = await startTcpProxy(Number(new URL(stack.gateway.url).port));
    portal = await startPortalServer({ gatewayUrl: `http://127.0.0.1:${proxy.port}/graphql`, ports, host: '127.0.0.1' });
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await portal?.stop();
    await proxy?.stop();
    await stack?.stop();
  });

  it('signs a supervisor in, and the live feed shows the event of a mutation sent through the gateway, above everything before it', async () => {
    liveContext = await openContext();
    livePage = await liveContext.newPage();
    await livePage.goto(portal.url);
    await livePage.getByRole('heading', { name: 'Sign in to FieldLoop' }).waitFor();
    await expect(livePage.title()).resolves.toBe('Sign in · FieldLoop');
    await screenshot(livePage, 'sign-in');
    await signIn(livePage, portal.url, supervisor.username, DEMO_PASSWORD, '/activity');
    await livePage.locator('[data-connection="live"]').waitFor();
    await expect(livePage.title()).resolves.toBe('Live activity · FieldLoop');
    const shownBefore = await livePage
      .locator('[data-cursor]')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-cursor')!));

    const planId = await submitPlan(companyDay(1), routeShops.slice(0, 3));
    await livePage.locator('[data-event-type="visits.plan.submitted"]').first().waitFor({ timeout: 10_000 });
    const item = livePage.locator('[data-event-type="visits.plan.submitted"]').first();
    expect(await item.textContent()).toContain(`${accountManager.name} submitted the plan for`);
    const [submitted] = (await eventsAfter('0')).filter((event) => event.type === 'visits.plan.submitted');
    expect(await item.getAttribute('data-cursor')).toBe(submitted.position);
    // Newest first: the new event heads the feed, after every event shown before it in the log.
    await expect(livePage.locator('[data-cursor]').first().getAttribute('data-cursor')).resolves.toBe(submitted.position);
    expect(shownBefore.every((cursor) => BigInt(cursor) < BigInt(submitted.position))).toBe(true);
    // An attention event: marked so, and linked to the person's page.
    await expect(item.getAttribute('class')).resolves.toContain('feed-attention');
    await expect(item.getByRole('link', { name: accountManager.name }).getAttribute('href')).resolves.toBe(
      `/visits/people/${accountManager.id}`,
    );
    expect(planId).toBeTruthy();
  });

  it('shows reconnecting while the connection is down, then replaying, and the events sent meanwhile once each, in order', async () => {
    // Record every state the indicator goes through, however briefly.
    await livePage.evaluate(() => {
      const states: string[] = [];
      (window as unknown as { connectionStates: string[] }).connectionStates = states;
      const record = () => {
        const state = document.querySelector('[data-connection]')?.getAttribute('data-connection');
        if (state && states.at(-1) !== state) states.push(state);
      };
      new MutationObserver(record).observe(document.body, {
        subtree: true,
        attributes: true,
        childList: true,
        attributeFilter: ['data-connection'],
      });
      record();
    });
    const before = await logHead();
    proxy.cut();
    await livePage.locator('[data-connection="reconnecting"]').waitFor({ timeout: 15_000 });

    // While the supervisor is offline: two plans submitted and a retailer's file changed.
    await submitPlan(companyDay(2), routeShops.slice(3, 5));
    await stack.gateway.request(`mutation($input: UpdateRetailerInput!) { updateRetailer(input: $input) { id } }`, {
      input: { id: routeShops[0], phone: '13900000001' },
    });
    await submitPlan(companyDay(3), routeShops.slice(5, 7));
    await logHead();
    const missed = (await eventsAfter(before)).filter((event) =>
      ['visits.plan.submitted', 'customers.retailer.changed'].includes(event.type),
    );
    expect(missed.map((event) => event.type)).toEqual(['visits.plan.submitted', 'customers.retailer.changed', 'visits.plan.submitted']);

    proxy.restore();
    await livePage.locator('[data-connection="live"]').waitFor({ timeout: 30_000 });
    const states = await livePage.evaluate(() => (window as unknown as { connectionStates: string[] }).connectionStates);
    expect(states.slice(states.indexOf('reconnecting'))).toEqual(['reconnecting', 'replaying', 'live']);

    const cursors = await livePage.locator('[data-cursor]').evaluateAll((items) => items.map((item) => item.getAttribute('data-cursor')!));
    expect(new Set(cursors).size).toBe(cursors.length);
    const shown = missed.map((event) => cursors.indexOf(event.position));
    expect(shown.every((index) => index >= 0)).toBe(true);
    // Newest first: later log positions higher up the page.
    expect([...shown].sort((a, b) => b - a)).toEqual(shown);
    await livePage.getByText(/Caught up: \d+ events? came in/).waitFor();
    await screenshot(livePage, 'live-activity');
  }, 90_000);

  it('opens a new browser with today’s events so far, newest first, and says when the history is in', async () => {
    const [submitted] = (await eventsAfter('0')).filter((event) => event.type === 'visits.plan.submitted');
    const page = await (await openContext()).newPage();
    await signIn(page, portal.url, supervisor.username, DEMO_PASSWORD, '/activity');
    // The server's caught-up marker ends "replaying", not a pause in the traffic.
    await page.locator('[data-connection="live"]').waitFor({ timeout: 30_000 });
    await page.locator(`[data-cursor="${submitted.position}"][data-event-type="visits.plan.submitted"]`).waitFor();
    const cursors = await page
      .locator('[data-cursor]')
      .evaluateAll((items) => items.map((item) => BigInt(item.getAttribute('data-cursor')!)));
    expect(cursors.length).toBeGreaterThan(0);
    expect(cursors.every((cursor, i) => i === 0 || cursor < cursors[i - 1])).toBe(true);
  });

  it('keeps the feed across a reload and while on other pages, and counts attention events that came meanwhile in the navigation', async () => {
    const shown = () => livePage.locator('[data-cursor]').evaluateAll((items) => items.map((item) => item.getAttribute('data-cursor')!));
    const before = await shown();
    expect(before.length).toBeGreaterThan(0);
    await livePage.reload();
    await livePage.locator('[data-connection="live"]').waitFor({ timeout: 30_000 });
    await expect(shown()).resolves.toEqual(before);

    // On another page the shell still follows the log: the plan submitted meanwhile is in the
    // feed on return, and the navigation counted it.
    await livePage.getByRole('navigation').getByRole('link', { name: 'Retailers' }).click();
    await livePage.locator('table tbody tr').first().waitFor();
    const head = await logHead();
    await submitPlan(companyDay(5), routeShops.slice(9, 11));
    await livePage.locator('.nav-badge[data-unseen="1"]').waitFor({ timeout: 10_000 });
    await livePage
      .getByRole('navigation')
      .getByRole('link', { name: /Live activity/ })
      .click();
    const [submitted] = (await eventsAfter(head)).filter((event) => event.type === 'visits.plan.submitted');
    await expect(livePage.locator('[data-cursor]').first().getAttribute('data-cursor')).resolves.toBe(submitted.position);
    await expect(shown()).resolves.toEqual([submitted.position, ...before]);
    await livePage.locator('.nav-badge').waitFor({ state: 'detached' });
  }, 60_000);

  it('shows the retailer 360 view (customer file, credit, personality, recent visits with findings and flags) from one request', async () => {
    // A shop of the team with a credit grade, a personality type and, if any has one, a flagged
    // visit among the eight newest (what the page lists).
    const shown = (retailerId: string) =>
      fieldWork.visits
        .filter((visit) => visit.retailerId === retailerId)
        .sort((a, b) => b.plannedFor.localeCompare(a.plannedFor))
        .slice(0, 8)
        .filter((visit) => visit.status === 'COMPLETED');
    const flaggedVisit = (retailerId: string) =>
      shown(retailerId).find((visit) => fieldWork.flags.some((flag) => flag.visitId === visit.id));
    const candidates = company.retailers.filter(
      (retailer) =>
        routeShops.includes(retailer.id) && retailer.creditGrade && retailer.personal.personalityType && shown(retailer.id).length > 0,
    );
    const assessed = (retailerId: string) => contribution.assessments.some((assessment) => assessment.retailerId === retailerId);
    const retailer =
      candidates.find((candidate) => flaggedVisit(candidate.id) && assessed(candidate.id)) ??
      candidates.find((candidate) => flaggedVisit(candidate.id)) ??
      candidates[0];
    const latest = flaggedVisit(retailer.id) ?? shown(retailer.id)[0];
    const latestFlags = fieldWork.flags.filter((flag) => flag.visitId === latest.id);

    const page = await liveContext.newPage();
    const operations: string[] = [];
    page.on('request', (request) => {
      const body = request.postData();
      if (request.url().endsWith('/graphql') && body) operations.push(JSON.parse(body).operationName);
    });
    // A new tab on a deep link opens signed in: the browser has one sign-in.
    await page.goto(`${portal.url}/customers/retailers/${retailer.id}`);
    const view = page.locator(`[data-retailer="${retailer.id}"]`);
    await view.waitFor();
    await expect(page.getByLabel('Password').count()).resolves.toBe(0);
    await expect(page.title()).resolves.toBe(`${retailer.shopName} · FieldLoop`);

    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain(retailer.shopName);
    // customers: the five groups of the file, the seven indicators, the grade's history, the approach
    for (const group of ['Basic details', 'Business details', 'Personal details', 'Logistics details', 'Commercial record']) {
      await expect(view.getByRole('heading', { name: group }).count()).resolves.toBe(1);
    }
    // the grade explained: each indicator with the points it adds, out of the 14 of the grade's score
    const indicators = view.getByRole('table', { name: 'The seven indicators' }).locator('tbody tr');
    await expect(indicators.count()).resolves.toBe(7);
    await expect(indicators.first().textContent()).resolves.toMatch(/[012] of 2Entered by the assessor$/);
    expect(assessed(retailer.id)).toBe(true);
    const contributionLines = view.getByRole('table', { name: 'The ten contribution indicators' }).locator('tbody tr');
    await expect(contributionLines.count()).resolves.toBe(10);
    // volume, growth and target attainment computed from the orders, with their month; volume none, the other two unscored
    await expect(contributionLines.filter({ hasText: 'Computed from' }).count()).resolves.toBe(3);
    await expect(contributionLines.filter({ hasText: 'Monthly volume' }).textContent()).resolves.toMatch(/1 of 5 \(0 cartons ordered in /);
    await expect(contributionLines.filter({ hasText: 'Growth rate' }).textContent()).resolves.toContain('not scored: no orders in');
    const history = company.creditAssessments.filter((assessment) => assessment.retailerId === retailer.id);
    await expect(view.locator('section[aria-labelledby="file-record"] table').last().locator('tbody tr').count()).resolves.toBe(
      history.length,
    );
    await expect(view.locator('section[aria-labelledby="approach"] li').count()).resolves.toBeGreaterThan(2);
    // visits: the latest visit with its theme, notes and flags
    const card = view.locator(`[data-visit="${latest.id}"]`);
    await expect(card.textContent()).resolves.toContain(latest.theme);
    await expect(card.textContent()).resolves.toContain(latest.notes!.slice(0, 12));
    await expect(card.locator('.flag-list li').count()).resolves.toBe(latestFlags.length);
    // orders (the orders tab, joined by the gateway in the same request): no orders in this company, the tier's quota
    await expect(view.locator('[data-section="orders"]').textContent()).resolves.toContain('No orders yet.');
    expect(operations.filter((name) => name === 'Retailer360')).toHaveLength(1);
    // Each section that asks for itself (cases, story) has its answer, and no section shows an error.
    await view.locator('[data-section="cases"] :is(table, .state-empty, .state-error)').first().waitFor();
    await view.locator('[data-section="story"] :is([data-story-entry], .state-empty, .state-error)').first().waitFor();
    await expect(view.locator('.state-error').allTextContents()).resolves.toEqual([]);
    await expect(view.locator('.state-loading').count()).resolves.toBe(0);
    await screenshot(page, 'retailer-360');

    await page.getByRole('link', { name: /Back to the list/ }).click();
    await page.locator('table tbody tr').first().waitFor();
    await page.locator('svg.geo-plot circle').first().waitFor();
    await screenshot(page, 'retailers');
    await page.close();
  }, 60_000);

  it('draws the retailers map coloured by grade, each territory outlined and named, from one request', async () => {
    const page = await liveContext.newPage();
    const operations: string[] = [];
    page.on('request', (request) => {
      const body = request.postData();
      if (request.url().endsWith('/graphql') && body) operations.push(JSON.parse(body).operationName);
    });
    await page.goto(`${portal.url}/customers/retailers`);
    const map = page.locator('svg.geo-plot');
    await map.locator('.geo-plot-area').first().waitFor();
    const names = new Set(company.territories.map((territory) => territory.name));
    const labels = await map.locator('.geo-plot-area text').allTextContents();
    expect(labels.length).toBeGreaterThan(1);
    for (const label of labels) expect(names.has(label)).toBe(true);
    // Dots of different grades are painted differently.
    const fills = await map
      .locator('circle.geo-plot-point')
      .evaluateAll((dots) => [...new Set(dots.map((dot) => getComputedStyle(dot).fill))]);
    expect(fills.length).toBeGreaterThan(2);
    await expect(page.getByRole('list', { name: 'Legend' }).locator('li').count()).resolves.toBe(6);
    await expect(map.locator('.geo-plot-scale text').textContent()).resolves.toMatch(/^[\d.,]+ (m|km)$/);
    expect(operations.filter((name) => name === 'RetailerMap')).toHaveLength(1);
    expect(operations.filter((name) => name !== 'RetailerList' && name !== 'TerritoryOptions' && name !== 'RetailerMap')).toEqual([]);
    await page.close();
  }, 60_000);

  it('numbers the stops of the route map in route order, with a scale', async () => {
    const page = await liveContext.newPage();
    await page.goto(`${portal.url}/visits/today`);
    await page.locator('svg.geo-plot .geo-plot-number').first().waitFor();
    const stops = await page.locator('.route-stops li').count();
    expect(stops).toBeGreaterThan(0);
    const numbers = await page.locator('svg.geo-plot .geo-plot-number').allTextContents();
    expect(numbers).toEqual(Array.from({ length: stops }, (_, i) => String(i + 1)));
    // The number is in each stop's accessible name too, with the same shop as the list's line.
    const first = await page.locator('.route-stops li a').first().textContent();
    await expect(page.locator('svg.geo-plot circle.geo-plot-point title').first().textContent()).resolves.toContain(`Stop 1: ${first}`);
    await expect(page.locator('svg.geo-plot .geo-plot-scale text').textContent()).resolves.toMatch(/^[\d.,]+ (m|km)$/);
    await page.close();
  }, 60_000);

  it('updates the visits page open in one tab when a plan is approved in another, live', async () => {
    const planId = await submitPlan(companyDay(4), routeShops.slice(7, 9));
    const [watching, approving] = [await liveContext.newPage(), await liveContext.newPage()];
    // Both tabs share the browser's sign-in.
    for (const page of [watching, approving]) await page.goto(`${portal.url}/visits/today`);
    for (const page of [watching, approving]) await page.locator(`[data-plan="${planId}"]`).waitFor();
    await screenshot(watching, 'visits-today');

    await approving.locator(`[data-plan="${planId}"]`).getByRole('button', { name: 'Approve' }).click();
    // The other tab was not touched: the event reaches it over its own live connection.
    await watching.locator(`[data-plan="${planId}"]`).waitFor({ state: 'detached', timeout: 10_000 });
    const { visitPlan } = await stack.gateway.request<{ visitPlan: { status: string; reviewedBy: { id: string } } }>(
      `query($id: ID!) { visitPlan(id: $id) { status reviewedBy { id } } }`,
      { id: planId },
    );
    expect(visitPlan).toEqual({ status: 'APPROVED', reviewedBy: { id: supervisor.id } });
    await watching.close();
    await approving.close();
  }, 60_000);

  it('switches to zh-CN: the navigation is translated, dates are written the Chinese way, and the choice is remembered', async () => {
    const context = await openContext();
    const page = await context.newPage();
    await signIn(page, portal.url, supervisor.username, DEMO_PASSWORD, '/visits/team');
    await page.locator('.chart svg').first().waitFor();
    await screenshot(page, 'team');

    await page.getByLabel('Language').selectOption('zh-CN');
    const navigation = page.getByRole('navigation');
    for (const label of ['实时动态', '零售户', '今日拜访', '团队']) await navigation.getByRole('link', { name: label }).waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-CN');
    await page.getByRole('link', { name: '今日拜访' }).click();
    const [year, month, day] = companyDay().split('-').map(Number);
    await page.getByText(`${year}年${month}月${day}日`).first().waitFor();
    await page.reload();
    await page.getByRole('navigation').getByRole('link', { name: '实时动态' }).waitFor();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('今日拜访');
    await page.getByRole('heading', { name: '各客户经理今日情况' }).waitFor();
    await screenshot(page, 'visits-today-zh-cn');
  }, 60_000);

  it('opens an account manager’s page from their name: work log, monthly report, flagged visits, promises and plans', async () => {
    const page = await liveContext.newPage();
    await page.goto(`${portal.url}/visits/team`);
    await page.getByRole('link', { name: accountManager.name }).first().click();
    const person = page.locator(`[data-person="${accountManager.id}"]`);
    await person.waitFor();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(accountManager.name);
    await expect(page.title()).resolves.toBe(`${accountManager.name} · FieldLoop`);
    for (const section of ['work-log', 'monthly-report', 'flagged-visits', 'promises', 'plans']) {
      await expect(person.locator(`section[aria-labelledby="${section}"]`).count()).resolves.toBe(1);
    }
    // The plans submitted by these tests are listed from today on.
    await expect(person.locator('section[aria-labelledby="plans"] li').count()).resolves.toBeGreaterThan(0);
    // Flagged visits of the last 30 days, as the demo made them.
    const since = companyDay(-30);
    const today = companyDay();
    const flaggedIds = new Set(fieldWork.flags.map((flag) => flag.visitId));
    const flagged = fieldWork.visits.filter(
      (visit) =>
        visit.accountManagerId === accountManager.id && flaggedIds.has(visit.id) && visit.plannedFor >= since && visit.plannedFor <= today,
    );
    await expect(person.locator('[data-flagged-visit]').count()).resolves.toBe(Math.min(20, flagged.length));
    await screenshot(page, 'person');
    await page.close();
  }, 60_000);

  it('signs out every tab of the browser at once', async () => {
    const context = await openContext();
    const [first, second] = [await context.newPage(), await context.newPage()];
    await signIn(first, portal.url, supervisor.username, DEMO_PASSWORD, '/activity');
    await second.goto(`${portal.url}/customers/retailers`);
    await second.getByRole('navigation').waitFor();
    await first.getByRole('button', { name: 'Sign out' }).click();
    await second.getByRole('heading', { name: 'Sign in to FieldLoop' }).waitFor({ timeout: 10_000 });
    await second.reload();
    await second.getByRole('heading', { name: 'Sign in to FieldLoop' }).waitFor();
  }, 60_000);

  it('paints the sign-in form in the browser’s language before fetching React, Apollo, graphql-ws or the remotes, and goes in when another tab signs in', async () => {
    // What marks each library in whichever chunk carries it, whatever the chunks are called.
    const markers = {
      react: 'react.transitional.element',
      apollo: 'ApolloClient',
      'graphql-ws': 'graphql-transport-ws',
      'federation runtime': '__mf_module_cache__',
    };
    const bodies = new Map<string, Promise<string>>();
    const librariesIn = async (urls: string[]) => {
      for (const url of urls)
        if (!bodies.has(url))
          bodies.set(
            url,
            fetch(url).then((response) => response.text()),
          );
      const scripts = await Promise.all(urls.map((url) => bodies.get(url)!));
      return Object.entries(markers)
        .filter(([, marker]) => scripts.some((script) => script.includes(marker)))
        .map(([library]) => library);
    };
    const context = await openContext('zh-CN');
    const page = await context.newPage();
    const scripts: string[] = [];
    let configReads = 0;
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
      if (new URL(request.url()).pathname === '/runtime-config.json') configReads += 1;
    });
    await page.goto(portal.url);
    await page.getByRole('heading', { name: '登录 FieldLoop' }).waitFor();
    const beforeForm = [...scripts];
    expect(beforeForm.length).toBeGreaterThan(0);
    await expect(librariesIn(beforeForm)).resolves.toEqual([]);
    expect(beforeForm.filter((url) => !url.startsWith(portal.url) || url.endsWith('/remoteEntry.js'))).toEqual([]);
    await expect(page.title()).resolves.toBe('登录 · FieldLoop');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-CN');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('name'))).resolves.toBe('username');

    // The form works on its own: a wrong password and a server out of reach are said in words,
    // and still nothing else loads.
    await page.getByLabel('用户名').fill(supervisor.username);
    await page.getByLabel('密码').fill('not the password');
    await page.getByRole('button', { name: '登录' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toBe('用户名或密码不正确。');
    proxy.cut();
    try {
      await page.getByRole('button', { name: '登录' }).click();
      await page.getByRole('alert').filter({ hasText: '无法连接 FieldLoop 服务器。请检查网络连接后重试。' }).waitFor();
    } finally {
      proxy.restore();
    }
    await expect(seriousViolations(page)).resolves.toEqual([]);
    await expect(librariesIn(scripts)).resolves.toEqual([]);

    // One sign-in per browser: another tab signs in, and this one goes in without a reload.
    const other = await context.newPage();
    await other.goto(portal.url);
    await other.getByLabel('用户名').fill(supervisor.username);
    await other.getByLabel('密码').fill(DEMO_PASSWORD);
    await other.getByRole('button', { name: '登录' }).click();
    await other.getByRole('navigation').waitFor();
    await page.getByRole('navigation').waitFor({ timeout: 15_000 });
    await expect(librariesIn(scripts)).resolves.toEqual(Object.keys(markers));
    // The form and the portal after it read the runtime config once between them.
    expect(configReads).toBe(1);
  }, 60_000);

  it('serves the portal compressed, with a favicon, and its hashed assets cached for good', async () => {
    const page = await fetch(`${portal.url}/activity`, { headers: { 'accept-encoding': 'br' } });
    expect(page.headers.get('content-encoding')).toBe('br');
    const asset = (await page.text()).match(/\/assets\/[^"]+\.js/)![0];
    const script = await fetch(`${portal.url}${asset}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(script.headers.get('content-encoding')).toBe('gzip');
    expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const icon = await fetch(`${portal.url}/favicon.svg`);
    expect(icon.status).toBe(200);
    expect(icon.headers.get('content-type')).toContain('image/svg+xml');
  });

  it('has no serious or critical axe violation on any page, in English and in Chinese', async () => {
    const context = await openContext();
    const page = await context.newPage();
    await page.goto(portal.url);
    await page.getByRole('heading', { name: 'Sign in to FieldLoop' }).waitFor();
    const found: { language: string; path: string; violations: string[] }[] = [];
    const check = async (language: string, path: string) => found.push({ language, path, violations: await seriousViolations(page) });
    await check('en', '/');
    await signIn(page, portal.url, supervisor.username, DEMO_PASSWORD, '/activity');
    const pages: [string, string][] = [
      ['/activity', '[data-connection="live"]'],
      ['/customers/retailers', 'svg.geo-plot circle'],
      [`/customers/retailers/${routeShops[0]}`, '[data-retailer]'],
      // The route map drawn (numbered stops, scale) before axe reads the page.
      ['/visits/today', 'svg.geo-plot .geo-plot-number'],
      ['/visits/team', '.chart svg'],
      [`/visits/people/${accountManager.id}`, '[data-person]'],
    ];
    for (const language of ['en', 'zh-CN']) {
      await page.evaluate((chosen) => localStorage.setItem('fieldloop.language', chosen), language);
      for (const [path, ready] of pages) {
        await page.goto(`${portal.url}${path}`);
        await page.locator(ready).first().waitFor();
        await expect(page.locator('html').getAttribute('lang')).resolves.toMatch(language === 'en' ? /^en/ : /^zh/);
        await check(language, path);
      }
    }
    expect(found.filter((result) => result.violations.length > 0)).toEqual([]);
  }, 120_000);

  it('runs the remotes on the shell’s React and ApolloClient, without downloading their own copies', async () => {
    const context = await openContext();
    const page = await context.newPage();
    const remoteRequests: string[] = [];
    const remoteOrigins = [portal.apps.customers.url, portal.apps.visits.url].map((url) => new URL(url).port);
    page.on('request', (request) => {
      if (remoteOrigins.includes(new URL(request.url()).port)) remoteRequests.push(request.url());
    });
    await signIn(page, portal.url, supervisor.username, DEMO_PASSWORD, '/customers/retailers');
    for (const [remote, link] of [
      ['customers', 'Retailers'],
      ['visits', 'Team'],
    ]) {
      await page.getByRole('navigation').getByRole('link', { name: link }).click();
      const marker = page.locator(`[data-remote="${remote}"]`);
      await marker.waitFor({ state: 'attached' });
      await expect(marker.getAttribute('data-shares-react')).resolves.toBe('true');
      await expect(marker.getAttribute('data-shares-apollo')).resolves.toBe('true');
    }
    // Each remote's build carries fallback copies of the shared packages (…__prebuild__… chunks),
    // fetched only if the shell did not provide them.
    expect(remoteRequests.some((url) => url.endsWith('/remoteEntry.js'))).toBe(true);
    expect(remoteRequests.filter((url) => /prebuild|react-dom|apollo|i18next|graphql/.test(url))).toEqual([]);
  }, 60_000);

  it('keeps the shell and the customers pages working with the visits remote down, and says the visits area is unavailable', async () => {
    await portal.apps.visits.stop();
    const context = await openContext();
    const page = await context.newPage();
    await signIn(page, portal.url, supervisor.username, DEMO_PASSWORD, '/visits/today');
    const unavailable = page.locator('[data-unavailable="visits"]');
    await unavailable.waitFor();
    await expect(unavailable.textContent()).resolves.toContain('This part of the portal is unavailable');
    await screenshot(page, 'visits-unavailable');

    await page.getByRole('navigation').getByRole('link', { name: 'Retailers' }).click();
    await page.locator('table tbody tr').first().waitFor();
    await expect(page.locator('[data-remote="customers"]').count()).resolves.toBe(1);
    await page.getByRole('navigation').getByRole('link', { name: 'Live activity' }).click();
    await page.locator('[data-connection="live"]').waitFor();
  }, 60_000);
});
