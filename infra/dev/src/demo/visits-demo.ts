import { RetailerStatus, StaffRole } from '@fieldloop/customers';
import {
  bigrams,
  CaseCategory,
  CaseKind,
  checkInFlags,
  checkOutFlags,
  closestNote,
  COPY_THRESHOLD,
  distanceMeters,
  FlagKind,
  isEmptyNote,
  PlanStatus,
  Visit,
  VisitFlag,
  VisitPlan,
  VisitPromise,
  VisitStatus,
  type Flag,
  type Position,
} from '@fieldloop/visits';
// Not exported from the package's index; the package has no "exports" map, so deep imports resolve.
import { DEMO_REFERENCE_DATE, type CustomersDemo, type DemoRetailer } from './customers-demo';
import { insertRows, type DataSource } from './insert-rows';
import { SeededRandom } from './random';

/*
 * A month of visits for the demo company: every account manager's daily plan for the 26
 * working days (Monday to Saturday) before the reference date, the visits made, missed or
 * cancelled, what was found at the shop, and the flags the visits service would have raised,
 * computed with its own rules. Two account managers are the supervisor's problem cases
 * (DOMAIN scenario 5): always at the same few shops, notes copied from earlier visits.
 *
 * Given `now`, the same story goes on from the reference date up to today, so the portal's
 * "visits today" and "this month" have something to show whatever day the demo runs: today's
 * routes stop at `now` (later stops still planned, one perhaps under way), and a few account
 * managers' plans for today still wait for their supervisor's approval.
 */

export interface VisitsDemoOptions {
  seed: number;
  /** Continue the demo up to this instant (company time); absent: the month before the reference date only. */
  now?: Date;
}

// Rows as inserted (timestamps are set from the visit day, not left to the database).
export type DemoVisitPlan = VisitPlan;
export type DemoVisit = Omit<Visit, 'planRelation'>;
export type DemoVisitFlag = Omit<VisitFlag, 'visitRelation'>;
export type DemoVisitPromise = Omit<VisitPromise, 'visitRelation'>;

export interface VisitsDemo {
  /** The working days covered, oldest first, YYYY-MM-DD (company time). */
  days: string[];
  /** The account managers whose visits the supervisor should find wanting. */
  problemAccountManagerIds: string[];
  plans: DemoVisitPlan[];
  visits: DemoVisit[];
  flags: DemoVisitFlag[];
  promises: DemoVisitPromise[];
}

const WORKING_DAYS = 26;
/** Indexes (in staff order) of the account managers who keep to a few shops and copy their notes. */
const PROBLEM_MANAGER_INDEXES = [1, 4];
/** Indexes of the account managers whose plan for today is still waiting for approval (one per team of the default company). */
const LATE_PLAN_MANAGER_INDEXES = [2, 5, 9];
const FAVOURITE_SHOPS = 10;

// ---------------------------------------------------------------------------------------
// Dates (company time, Asia/Shanghai = UTC+8 all year)
// ---------------------------------------------------------------------------------------

const DAY_MS = 24 * 60 * 60 * 1000;

/** The instant of a wall-clock minute (may be negative or past midnight) of a company day. */
const atMinute = (day: string, minute: number, second = 0) =>
  new Date(Date.parse(`${day}T00:00:00+08:00`) + minute * 60_000 + second * 1000);

const addDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

const companyDay = (at: Date) => new Date(at.getTime() + 8 * 60 * 60 * 1000).toISOString().slice(0, 10);
const isWorkingDay = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay() !== 0;

/** The Monday-to-Saturday days from the reference date's day to `now`'s day, both included, oldest first. */
export function workingDaysFrom(reference: Date, now: Date): string[] {
  const days: string[] = [];
  for (let day = companyDay(reference); day <= companyDay(now); day = addDays(day, 1)) if (isWorkingDay(day)) days.push(day);
  return days;
}

/** The `count` Monday-to-Saturday days before the reference date, oldest first. */
export function workingDaysBefore(reference: Date, count: number): string[] {
  const days: string[] = [];
  let day = new Date(reference.getTime() + 8 * 60 * 60 * 1000).toISOString().slice(0, 10);
  while (days.length < count) {
    day = addDays(day, -1);
    if (new Date(`${day}T00:00:00Z`).getUTCDay() !== 0) days.push(day);
  }
  return days.reverse();
}

// ---------------------------------------------------------------------------------------
// What a visit is about
// ---------------------------------------------------------------------------------------

const BRANDS = ['玉溪(软)', '云烟(紫)', '红塔山(经典)', '中华(硬)', '红河(硬)', '芙蓉王(硬)', '黄鹤楼(软蓝)', '利群(新版)'];
const NEW_PRODUCTS = ['云烟(小熊猫家园)', '玉溪(细支清香)', '红塔山(硬经典100)'];

interface Theme {
  theme: string;
  purposes: readonly string[];
  actionPlans: readonly string[];
  expectedResults: readonly string[];
}

const THEMES: readonly Theme[] = [
  {
    theme: '新品推介',
    purposes: [
      '向店主介绍本月上市的新品规格,了解试销意愿',
      '推介细支新品,摸清店内消费者对细支烟的接受程度',
      '跟进上次推介的新品,看动销情况',
    ],
    actionPlans: [
      '带新品样盒和宣传折页,讲清零售指导价和利润空间',
      '结合店内客群推荐一到两个新品规格,约定试销数量',
      '查看新品陈列位置,收集消费者反馈',
    ],
    expectedResults: ['店主同意试销新品,下周订货时加订', '新品进入店内陈列,店主了解卖点', '掌握新品动销数据,反馈给营销部'],
  },
  {
    theme: '陈列检查',
    purposes: ['检查卷烟陈列是否规范,重点看主推规格位置', '指导店主按品牌分区陈列,提升柜台形象', '复查上次提出的陈列整改情况'],
    actionPlans: ['对照陈列标准逐项检查,现场协助调整', '拍照留存陈列情况,与店主一起调整烟柜', '检查价签与实物是否一一对应'],
    expectedResults: ['烟柜陈列整洁规范,主推规格放在黄金位置', '店主认可陈列标准并愿意保持', '整改项全部落实'],
  },
  {
    theme: '货源沟通',
    purposes: ['了解店主对紧俏规格的需求,解释本月货源投放规则', '沟通货源分配情况,听取店主意见', '核实店内主销规格的库存和订货周期'],
    actionPlans: ['说明按档位投放的规则和本月可订数量', '查看库存,帮店主算好下周的订货量', '记录店主对货源的诉求,回公司后协调'],
    expectedResults: ['店主理解货源投放政策,订货合理', '库存结构合理,不断货不压货', '收集到真实的货源需求'],
  },
  {
    theme: '价格规范',
    purposes: ['检查明码标价和零售价格执行情况', '宣传价格规范要求,防止低价倾销和抬价销售', '核对新版价签是否到位'],
    actionPlans: ['逐个规格核对价签,发现问题当场纠正', '讲解价格规范的要求和违规后果', '补发新版价签,协助店主更换'],
    expectedResults: ['价签齐全,价格执行规范', '店主明确价格要求,按指导价销售', '价格问题当场整改完毕'],
  },
  {
    theme: '客户关系维护',
    purposes: ['例行走访,了解店主近期经营情况和困难', '回访上次反映的问题,了解处理结果是否满意', '加强与店主的沟通,增进信任'],
    actionPlans: ['与店主聊经营情况,听取意见和建议', '告知上次问题的处理结果,征求店主评价', '了解店主家庭和经营计划,更新客户档案'],
    expectedResults: ['掌握店铺经营动态,客户满意度提升', '店主对处理结果满意', '客户档案信息完整准确'],
  },
  {
    theme: '库存调剂',
    purposes: ['了解滞销规格的库存,协助调剂', '查看店内库存结构,防止积压和断货', '帮店主处理临近保质期的库存'],
    actionPlans: ['清点主要规格库存,提出调剂建议', '联系片区内其他零售户调剂滞销规格', '建议调整订货结构,减少滞销品订量'],
    expectedResults: ['滞销库存有调剂方案', '库存结构合理,资金周转加快', '店主按建议调整订货'],
  },
  {
    theme: '政策宣传',
    purposes: ['宣传专卖法规和零售户诚信经营要求', '讲解本季度的零售户评价和档位调整政策', '宣传未成年人禁烟和许可证管理规定'],
    actionPlans: ['发放政策宣传资料,逐条讲解重点', '说明档位调整的考核指标和时间', '检查许可证是否在有效期并张贴规范'],
    expectedResults: ['店主了解最新政策,依法诚信经营', '店主清楚档位调整办法', '许可证和禁烟标识张贴到位'],
  },
];

const CANCEL_REASONS = ['店主外出', '店铺临时停业', '临时会议', '店主生病住院', '店铺装修暂停营业', '临时被安排参加市场检查'];

const MARKET_NOTES = [
  '附近新开了一家便利店,客流被分流了一些',
  '周边工地开工,中低档烟走得快',
  '旁边超市在搞促销,店主担心影响生意',
  '中高档烟节前走量明显增加',
  '细支烟在年轻顾客中越来越受欢迎',
  '附近小区入住率提高,客流比上月多',
  '对面烟酒店有低价销售的情况,需要关注',
  '学校放假,周边客流减少',
];
const RETAILER_REQUESTS = [
  '希望增加中华(硬)的分配量',
  '希望送货时间改到上午',
  '想申请提高档位',
  '希望公司多组织新品品鉴活动',
  '希望能提前通知到货时间',
  '希望换一个新的烟柜灯箱',
  '希望手机订货页面能简单一些',
];
const SIGHTING_NOTES = ['烟盒无防伪码,疑似非渠道', '包装印刷模糊,疑似假冒', '店主说是朋友从外地带来的'];
const COMPLAINTS = ['上次送货晚了一天,影响周末销售', '送货员把两条烟放错了店,至今没有补上', '送来的货外箱破损,有一条受潮'];
const PROMISES = [
  '下周协调一条中华(硬)的货源',
  '回去后向订单员核实上次少送的两条',
  '下次拜访带新版价签过来',
  '帮店主申请档位调整的资料',
  '联系物流把送货时间调到上午',
  '帮店主调剂滞销的红河(硬)',
  '送一套新品宣传折页和样盒',
];

// Notes are built from several independent parts so two honest notes rarely share much text.
const NOTE_OPENINGS = [
  '店内卷烟柜台整洁,陈列基本规范',
  '店主正在理货,烟柜摆放有些乱',
  '今天客流较多,店主忙着收银,简单聊了几句',
  '店面刚重新粉刷过,烟柜换了新灯箱',
  '店主的儿子在看店,店主中午才回来',
  '到店时店里没有顾客,和店主聊得比较久',
  '店门口在修路,进出不太方便',
  '店主心情不错,主动拿出账本给我看',
  '柜台玻璃有裂缝,店主说过几天换',
  '店里新增了冷柜,烟柜位置往里挪了',
  '老板娘在店,说老板去进其他货了',
  '店内灯光偏暗,烟柜显得不够亮',
];
const NOTE_SALES: ReadonlyArray<(brand: string, a: number, b: number) => string> = [
  (brand, a, b) => `${brand}本周卖了${a}条,库存还剩${b}条`,
  (brand, a) => `${brand}动销偏慢,压了${a}条左右`,
  (brand, _a, b) => `${brand}断货${Math.ceil(b / 4)}天了,店主着急要货`,
  (brand) => `店主说${brand}在附近超市卖得比他便宜`,
  (brand, a) => `${brand}最近回头客多,一天能走${a}包`,
  (brand, a, b) => `上次订的${brand}还有${b}条没卖完,这周只卖出${a}条`,
  (brand) => `${brand}换包装后有顾客问是不是真货`,
  (brand, a) => `${brand}节前备了${a}条,店主觉得备多了`,
  (brand) => `有熟客专门来买${brand},店主想多订`,
  (brand, a) => `${brand}价签位置不对,已经挪回去,现摆${a}包`,
];
const NOTE_FEEDBACK = [
  '店主希望下次多分一些紧俏规格',
  '店主对上次送货时间不满意,说送晚了',
  '店主问新品什么时候能到',
  '店主抱怨手机订货有时候登不上',
  '店主想了解档位调整的时间',
  '店主说最近查得严,不敢进来路不明的烟',
  '店主反映隔壁店在低价卖烟',
  '店主对现在的服务比较满意',
  '店主提出想换一个带锁的烟柜',
  '店主担心明年许可证延续的手续',
  '店主说周末生意比平时好一倍',
];
const NOTE_ACTIONS = [
  '帮店主重新整理了烟柜,主推规格放到中间',
  '讲解了本月的货源投放规则',
  '核对了价签,补了两张新价签',
  '教店主在手机上查订单和到货时间',
  '提醒店主许可证要按时延续',
  '和店主一起算了下周的订货量',
  '把新品折页留给店主,介绍了卖点',
  '检查了禁止向未成年人售烟的标识',
  '记录了店主的意见,答应回去反映',
  '拍了陈列照片,上传到系统',
  '向店主说明了诚信经营评价的加分项',
];
const NOTE_FOLLOW_UPS = [
  '下次拜访时带新品样盒',
  '回去后跟订单员确认到货时间',
  '下周再来看陈列保持情况',
  '月底前回访看动销',
  '需要请主管协调货源',
  '下次重点看价格执行',
  '跟物流反映送货时间的问题',
  '持续关注周边低价情况',
];
const EMPTY_NOTES = ['正常', '无', '已拜访', '一切正常', '同上次'];

function writeNote(random: SeededRandom): string {
  const parts = [random.pick(NOTE_OPENINGS)];
  const brands = random.sample(BRANDS, random.int(1, 2));
  for (const brand of brands) parts.push(random.pick(NOTE_SALES)(brand, random.int(2, 30), random.int(1, 20)));
  if (random.chance(0.7)) parts.push(random.pick(NOTE_FEEDBACK));
  parts.push(random.pick(NOTE_ACTIONS));
  if (random.chance(0.6)) parts.push(random.pick(NOTE_FOLLOW_UPS));
  return `${parts.join(',')}。`;
}

/** An earlier note passed off as new: the figures changed, now and then one brand swapped for another. */
function copyNote(random: SeededRandom, original: string): string {
  let copy = original.replace(/\d+/g, (digits) => String(Math.max(1, Number(digits) + random.int(-3, 3))));
  if (random.chance(0.3)) {
    const present = BRANDS.filter((brand) => copy.includes(brand));
    if (present.length > 0) copy = copy.replace(random.pick(present), random.pick(BRANDS.filter((brand) => !copy.includes(brand))));
  }
  return copy;
}

// ---------------------------------------------------------------------------------------
// Positions
// ---------------------------------------------------------------------------------------

const METRES_PER_DEGREE_LATITUDE = 111_200;

/** A point `metres` from `from` in a random direction. */
function offset(random: SeededRandom, from: Position, metres: number): Position {
  const angle = random.float(0, 2 * Math.PI);
  const latitude = from.latitude + (metres * Math.sin(angle)) / METRES_PER_DEGREE_LATITUDE;
  const longitude = from.longitude + (metres * Math.cos(angle)) / (METRES_PER_DEGREE_LATITUDE * Math.cos((from.latitude * Math.PI) / 180));
  // Phones report about six decimals (0.1 m).
  return { latitude: Math.round(latitude * 1e6) / 1e6, longitude: Math.round(longitude * 1e6) / 1e6 };
}

/** GPS scatter around a point: mostly within 25 m, never past `maxMetres`. */
const jitter = (random: SeededRandom, from: Position, maxMetres: number) =>
  offset(random, from, Math.min(maxMetres, Math.abs(random.gaussian(0, 18))));

// ---------------------------------------------------------------------------------------
// Generation
// ---------------------------------------------------------------------------------------

interface WrittenNote {
  id: string;
  notes: string;
  plannedFor: string;
  retailerId: string;
  /** The note's character bigrams, kept so each note is split once rather than at every later visit. */
  grams: Set<string>;
  empty: boolean;
}

interface ManagerContext {
  random: SeededRandom;
  /** Nothing is kept (a promise) after the demo's "today". */
  today: Date;
  managerId: string;
  supervisorId: string | null;
  problem: boolean;
  /** Active shops on the manager's routes, route by route in route order. */
  route: DemoRetailer[];
  favourites: DemoRetailer[];
  next: number;
  notes: WrittenNote[];
}

function chooseStops(context: ManagerContext, count: number): DemoRetailer[] {
  const { random, route } = context;
  const chosen = new Map<string, DemoRetailer>();
  if (context.problem) {
    // Mostly the same few friendly shops, the odd one from the route to keep up appearances.
    const fromRoute = random.chance(0.5) ? 1 : 0;
    for (const shop of random.sample(context.favourites, count - fromRoute)) chosen.set(shop.id, shop);
  }
  while (chosen.size < Math.min(count, route.length)) {
    const shop = route[context.next % route.length];
    context.next += 1;
    chosen.set(shop.id, shop);
  }
  const order = new Map(route.map((shop, index) => [shop.id, index]));
  return [...chosen.values()].sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
}

/** A visit before anyone has been to the shop. */
const NOT_CHECKED_IN = {
  checkInAt: null,
  checkInLatitude: null,
  checkInLongitude: null,
  checkInDistanceMeters: null,
  checkOutAt: null,
  checkOutLatitude: null,
  checkOutLongitude: null,
};
/** Nothing recorded at the shop yet (fresh lists for each visit: rows must not share them). */
const emptyFindings = () => ({
  displayInOrder: null,
  priceTagsShown: null,
  stock: [],
  marketNotes: null,
  nonChannelSightings: [],
  retailerRequests: null,
  orderIntent: [],
  cases: [],
  satisfaction: null,
  notes: null,
});

function planDay(context: ManagerContext, day: string, demo: VisitsDemo): void {
  const { random, managerId } = context;
  const submittedAt = atMinute(day, -6 * 60 + random.int(-40, 50), random.int(0, 59));
  const plan: DemoVisitPlan = {
    id: random.uuid(),
    accountManagerId: managerId,
    planDate: day,
    status: PlanStatus.APPROVED,
    submittedAt,
    reviewedById: context.supervisorId,
    reviewedAt: atMinute(day, -5 * 60 + random.int(-20, 90), random.int(0, 59)),
    reviewComment: null,
    version: 1,
    createdAt: new Date(submittedAt.getTime() - random.int(10, 40) * 60_000),
    updatedAt: new Date(0), // set below
  };
  if (plan.reviewedAt! <= submittedAt) plan.reviewedAt = new Date(submittedAt.getTime() + random.int(15, 45) * 60_000);
  plan.updatedAt = plan.reviewedAt!;
  demo.plans.push(plan);

  let minute = random.int(8 * 60 + 45, 9 * 60 + 15);
  let previous: { at: Date; position: Position } | undefined;
  chooseStops(context, random.int(6, 9)).forEach((shop, index) => {
    const theme = random.pick(THEMES);
    const outcome = random.weighted([
      [VisitStatus.COMPLETED, 92],
      [VisitStatus.MISSED, 4],
      [VisitStatus.CANCELLED, 4],
    ] as const);
    const visit: DemoVisit = {
      id: random.uuid(),
      planId: plan.id,
      accountManagerId: managerId,
      retailerId: shop.id,
      territoryId: shop.territoryId,
      sequence: index + 1,
      plannedFor: day,
      theme: theme.theme,
      purpose: random.pick(theme.purposes),
      actionPlan: random.pick(theme.actionPlans),
      expectedResult: random.pick(theme.expectedResults),
      status: outcome,
      cancelReason: null,
      ...NOT_CHECKED_IN,
      ...emptyFindings(),
      version: 1,
      createdAt: plan.createdAt,
      updatedAt: plan.updatedAt,
    };
    demo.visits.push(visit);
    const shopPosition = { latitude: shop.latitude, longitude: shop.longitude };

    if (outcome === VisitStatus.CANCELLED) {
      visit.cancelReason = random.pick(CANCEL_REASONS);
      visit.updatedAt = atMinute(day, minute - random.int(10, 60), random.int(0, 59));
      return;
    }
    if (outcome === VisitStatus.MISSED) {
      // The service's job marks it at the first tick after midnight.
      visit.updatedAt = atMinute(day, 24 * 60, random.int(5, 65));
      return;
    }

    // Travel from the last stop at town speed (about 20 km/h with parking), then the visit.
    if (previous) {
      const travelKm = distanceMeters(previous.position, shopPosition) / 1000;
      minute = Math.max(
        minute,
        Math.round((previous.at.getTime() - atMinute(day, 0).getTime()) / 60_000) + random.int(12, 22) + Math.round(travelKm * 3),
      );
    }
    if (minute >= 11 * 60 + 50 && minute < 13 * 60) minute = 13 * 60 + random.int(0, 30); // lunch
    const checkInAt = atMinute(day, minute, random.int(0, 59));
    const far = random.chance(0.03);
    const position = far ? offset(random, shopPosition, random.int(300, 1500)) : jitter(random, shopPosition, 60);
    const duration = random.int(8, 30);
    const checkOutAt = new Date(checkInAt.getTime() + duration * 60_000 + random.int(0, 59) * 1000);
    const checkOutPosition = jitter(random, far ? position : shopPosition, 60);
    Object.assign(visit, {
      checkInAt,
      checkInLatitude: position.latitude,
      checkInLongitude: position.longitude,
      checkInDistanceMeters: Math.round(distanceMeters(shopPosition, position)),
      checkOutAt,
      checkOutLatitude: checkOutPosition.latitude,
      checkOutLongitude: checkOutPosition.longitude,
      updatedAt: checkOutAt,
    });
    const raise = (flags: Flag[], at: Date) => {
      for (const flag of flags)
        demo.flags.push({ id: random.uuid(), visitId: visit.id, accountManagerId: managerId, ...flag, createdAt: at });
    };
    raise(checkInFlags({ at: checkInAt, position, shop: shopPosition, previous }), checkInAt);
    recordFindings(context, visit, shop, demo);
    raise([...checkOutFlags(checkInAt, checkOutAt), ...noteFlags(context, visit)], checkOutAt);
    context.notes.push({
      id: visit.id,
      notes: visit.notes ?? '',
      plannedFor: day,
      retailerId: shop.id,
      grams: bigrams(visit.notes ?? ''),
      empty: isEmptyNote(visit.notes),
    });

    previous = { at: checkOutAt, position: checkOutPosition };
    minute = Math.round((checkOutAt.getTime() - atMinute(day, 0).getTime()) / 60_000) + random.int(12, 22);
  });
}

function recordFindings(context: ManagerContext, visit: DemoVisit, shop: DemoRetailer, demo: VisitsDemo): void {
  const { random } = context;
  const scale = Math.max(1, Math.round(shop.tier / 5));
  visit.displayInOrder = random.chance(context.problem ? 0.95 : 0.86);
  visit.priceTagsShown = random.chance(0.92);
  visit.stock = random
    .sample(BRANDS, random.int(1, 3))
    .map((product) => ({ product, cartons: random.int(0, 6) * scale + random.int(1, 3) }));
  visit.marketNotes = random.chance(0.3) ? random.pick(MARKET_NOTES) : null;
  if (random.chance(0.01)) {
    visit.nonChannelSightings = [{ product: random.pick(BRANDS), quantity: random.int(1, 5), note: random.pick(SIGHTING_NOTES) }];
  }
  visit.retailerRequests = random.chance(0.2) ? random.pick(RETAILER_REQUESTS) : null;
  if (random.chance(0.2)) {
    visit.orderIntent = random
      .sample([...BRANDS, ...NEW_PRODUCTS], random.int(1, 2))
      .map((product) => ({ product, cartons: random.int(1, 3) * scale }));
  }
  if (random.chance(0.01))
    visit.cases = [{ kind: CaseKind.COMPLAINT, category: CaseCategory.DELIVERY, description: random.pick(COMPLAINTS) }];
  visit.satisfaction = random.weighted([
    [3, 15],
    [4, 45],
    [5, 40],
  ] as const);
  visit.notes = note(context, shop);

  if (random.chance(0.05)) {
    const keptAt = random.chance(0.5)
      ? atMinute(addDays(visit.plannedFor, random.int(1, 4)), random.int(9 * 60, 17 * 60), random.int(0, 59))
      : null;
    demo.promises.push({
      id: random.uuid(),
      visitId: visit.id,
      retailerId: shop.id,
      accountManagerId: context.managerId,
      description: random.pick(PROMISES),
      dueOn: addDays(visit.plannedFor, random.int(3, 7)),
      // Nothing is kept after the demo's "today".
      keptAt: keptAt && keptAt < context.today ? keptAt : null,
      createdAt: new Date(visit.checkInAt!.getTime() + random.int(3, 7) * 60_000),
    });
  }
}

function note(context: ManagerContext, shop: DemoRetailer): string {
  const { random } = context;
  const written = context.notes.filter((earlier) => !earlier.empty);
  if (written.length > 0 && random.chance(context.problem ? 0.5 : 0.05)) {
    // Last time's note for this shop if there is one, else any recent one.
    const sameShop = written.filter((earlier) => earlier.retailerId === shop.id);
    return copyNote(random, random.pick(sameShop.length > 0 ? sameShop : written.slice(-20)).notes);
  }
  if (random.chance(context.problem ? 0.06 : 0.015)) return random.pick(EMPTY_NOTES);
  return writeNote(random);
}

function jaccard(x: Set<string>, y: Set<string>): number {
  if (x.size === 0 && y.size === 0) return 1;
  // At most the smaller set over the larger: most pairs are settled without a look-up.
  if (Math.min(x.size, y.size) < COPY_THRESHOLD * Math.max(x.size, y.size)) return Math.min(x.size, y.size) / Math.max(x.size, y.size);
  let shared = 0;
  for (const gram of x) if (y.has(gram)) shared += 1;
  return shared / (x.size + y.size - shared);
}

/** As the service does at check-out: empty, or nearly the same as an earlier completed visit's notes. */
function noteFlags(context: ManagerContext, visit: DemoVisit): Flag[] {
  if (isEmptyNote(visit.notes)) return [{ kind: FlagKind.EMPTY_NOTES, value: 0, reason: 'no real notes were written' }];
  // Everything in the demo is within the service's 90-day look-back. closestNote (the
  // service's own measure) decides, over the notes that can reach the threshold at all:
  // the same Jaccard on kept bigram sets drops the rest, which leaves the answer unchanged
  // and saves re-splitting every earlier note at every visit.
  const grams = bigrams(visit.notes!);
  const candidates = context.notes.filter((earlier) => jaccard(grams, earlier.grams) >= COPY_THRESHOLD - 1e-9);
  const closest = closestNote(visit.notes!, candidates);
  if (!closest || closest.similarity < COPY_THRESHOLD) return [];
  const source = context.notes.find((candidate) => candidate.id === closest.id)!;
  const percent = Math.round(closest.similarity * 100);
  return [
    {
      kind: FlagKind.COPIED_NOTES,
      value: Math.round(closest.similarity * 100) / 100,
      reason: `notes are ${percent}% like those of the visit on ${source.plannedFor} (${source.id})`,
    },
  ];
}

/**
 * Today as of `now`: what happened after `now` has not happened yet. Runs after the day is
 * generated whole, so the random draws (and every other day) are the same whatever `now` is.
 */
function stopAt(now: Date, day: string, demo: VisitsDemo, awaitingApproval: Set<string>): void {
  const todays = new Map(demo.plans.filter((plan) => plan.planDate === day).map((plan) => [plan.id, plan]));
  /** Visits not started yet: none of their flags or promises has happened. */
  const notStarted = new Set<string>();
  /** Visits under way: only what happened at check-in has. */
  const underWay = new Set<string>();
  for (const plan of todays.values()) {
    if (!awaitingApproval.has(plan.accountManagerId)) continue;
    // Submitted this morning, not yet reviewed: nobody sets out on an unapproved route.
    Object.assign(plan, {
      status: PlanStatus.SUBMITTED,
      reviewedById: null,
      reviewedAt: null,
      submittedAt: atMinute(day, 7 * 60 + 40),
      updatedAt: atMinute(day, 7 * 60 + 40),
    });
    if (plan.submittedAt! > now) Object.assign(plan, { submittedAt: now, updatedAt: now, createdAt: now });
  }
  const plannedAgain = (visit: DemoVisit) => {
    Object.assign(visit, {
      status: VisitStatus.PLANNED,
      cancelReason: null,
      ...NOT_CHECKED_IN,
      ...emptyFindings(),
      updatedAt: todays.get(visit.planId!)!.updatedAt,
    });
    notStarted.add(visit.id);
  };
  for (const visit of demo.visits) {
    if (!visit.planId || !todays.has(visit.planId)) continue;
    const plan = todays.get(visit.planId)!;
    if (plan.status === PlanStatus.SUBMITTED) plannedAgain(visit);
    else if (visit.status === VisitStatus.MISSED)
      plannedAgain(visit); // the day is not over
    else if (visit.status === VisitStatus.CANCELLED && visit.updatedAt > now) plannedAgain(visit);
    else if (visit.status === VisitStatus.COMPLETED && visit.checkInAt! > now) plannedAgain(visit);
    else if (visit.status === VisitStatus.COMPLETED && visit.checkOutAt! > now) {
      // At the shop now: checked in, findings and check-out still to come.
      Object.assign(visit, {
        status: VisitStatus.IN_PROGRESS,
        checkOutAt: null,
        checkOutLatitude: null,
        checkOutLongitude: null,
        ...emptyFindings(),
        updatedAt: visit.checkInAt,
      });
      underWay.add(visit.id);
    }
  }
  // Check-in flags stay with a visit under way; its check-out flags and promises are still to come.
  demo.flags = demo.flags.filter((flag) => !notStarted.has(flag.visitId) && (!underWay.has(flag.visitId) || flag.createdAt <= now));
  demo.promises = demo.promises.filter((promise) => !notStarted.has(promise.visitId) && !underWay.has(promise.visitId));
}

export function generateVisitsDemo(customers: CustomersDemo, options: VisitsDemoOptions): VisitsDemo {
  const root = new SeededRandom(options.seed);
  const now = options.now && options.now > DEMO_REFERENCE_DATE ? options.now : undefined;
  const days = [...workingDaysBefore(DEMO_REFERENCE_DATE, WORKING_DAYS), ...(now ? workingDaysFrom(DEMO_REFERENCE_DATE, now) : [])];
  const managers = customers.staff.filter((member) => member.role === StaffRole.ACCOUNT_MANAGER && member.active);
  const problemIds = PROBLEM_MANAGER_INDEXES.filter((index) => index < managers.length).map((index) => managers[index].id);
  const lateIds = new Set(LATE_PLAN_MANAGER_INDEXES.filter((index) => index < managers.length).map((index) => managers[index].id));
  const demo: VisitsDemo = { days, problemAccountManagerIds: problemIds, plans: [], visits: [], flags: [], promises: [] };

  for (const manager of managers) {
    const random = root.fork(`manager:${manager.id}`);
    const route = customers.territories
      .filter((territory) => territory.accountManagerId === manager.id)
      .flatMap((territory) =>
        customers.retailers
          .filter((r) => r.territoryId === territory.id && r.status === RetailerStatus.ACTIVE)
          .sort((a, b) => a.routeSequence - b.routeSequence),
      );
    if (route.length === 0) continue;
    const context: ManagerContext = {
      random,
      today: now ?? DEMO_REFERENCE_DATE,
      managerId: manager.id,
      supervisorId: manager.supervisorId,
      problem: problemIds.includes(manager.id),
      route,
      favourites: random.sample(route, FAVOURITE_SHOPS),
      // Each month starts wherever the route had got to.
      next: random.int(0, route.length - 1),
      notes: [],
    };
    for (const day of days) planDay(context, day, demo);
  }
  if (now && days.at(-1) === companyDay(now)) stopAt(now, days.at(-1)!, demo, lateIds);
  return demo;
}

/** The part of a demo on the given days (to add the days a database does not have yet). */
export function visitsDemoDays(demo: VisitsDemo, days: readonly string[]): VisitsDemo {
  const wanted = new Set(days);
  const visits = demo.visits.filter((visit) => wanted.has(visit.plannedFor));
  const visitIds = new Set(visits.map((visit) => visit.id));
  return {
    days: demo.days.filter((day) => wanted.has(day)),
    problemAccountManagerIds: demo.problemAccountManagerIds,
    plans: demo.plans.filter((plan) => wanted.has(plan.planDate)),
    visits,
    flags: demo.flags.filter((flag) => visitIds.has(flag.visitId)),
    promises: demo.promises.filter((promise) => visitIds.has(promise.visitId)),
  };
}

// ---------------------------------------------------------------------------------------
// Summary and loading
// ---------------------------------------------------------------------------------------

export interface VisitsDemoSummary {
  days: number;
  plans: number;
  visits: number;
  visitsByStatus: Record<VisitStatus, number>;
  visitFlags: number;
  flagsByKind: Record<FlagKind, number>;
  promises: number;
  retailersVisited: number;
}

export function summarizeVisitsDemo(demo: VisitsDemo): VisitsDemoSummary {
  const count = <K extends string>(keys: readonly K[], values: readonly K[]) => {
    const counts = Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
    for (const value of values) counts[value] += 1;
    return counts;
  };
  return {
    days: demo.days.length,
    plans: demo.plans.length,
    visits: demo.visits.length,
    visitsByStatus: count(
      Object.values(VisitStatus),
      demo.visits.map((v) => v.status),
    ),
    visitFlags: demo.flags.length,
    flagsByKind: count(
      Object.values(FlagKind),
      demo.flags.map((f) => f.kind),
    ),
    promises: demo.promises.length,
    retailersVisited: new Set(demo.visits.filter((v) => v.status === VisitStatus.COMPLETED).map((v) => v.retailerId)).size,
  };
}

/**
 * Inserts the demo into the visits schema in one transaction, parents before children.
 * No events are published: nothing consumes the visits' history, and the demo month is over.
 */
export async function loadVisitsDemo(dataSource: DataSource, demo: VisitsDemo): Promise<void> {
  await dataSource.transaction(async (manager) => {
    await insertRows(manager, VisitPlan, demo.plans);
    await insertRows(manager, Visit, demo.visits);
    await insertRows(manager, VisitFlag, demo.flags);
    await insertRows(manager, VisitPromise, demo.promises);
  });
}
