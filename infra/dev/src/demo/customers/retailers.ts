import { BusinessType, PersonalityType, RetailerStatus, TurnoverBand } from '@fieldloop/customers';
import { type SeededRandom } from '../random';
import { type DemoRetailer } from './customers-demo';
import { DAY_MS, beijingDate, beijingTime, daysBetween, hhmm, workingMinute } from './dates';
import { DISTRICTS, KM_PER_DEGREE_LATITUDE, kmPerDegreeLongitude } from './geography';
import { PhoneBook, personName } from './names';
import { DEMO_REFERENCE_DATE } from '../reference';
import { type TerritoryPlan, apportion } from './territories';

// The shops on each route and their customer files.

const BUSINESS_TYPES: ReadonlyArray<readonly [BusinessType, number]> = [
  [BusinessType.GROCERY, 38],
  [BusinessType.CONVENIENCE, 27],
  [BusinessType.TOBACCO_LIQUOR, 17],
  [BusinessType.SUPERMARKET, 7],
  [BusinessType.LEISURE, 6],
  [BusinessType.OTHER, 5],
];

/** Typical tier (档位) and floor area by kind of shop: supermarkets and 烟酒店 sell more. */
const SHOP_PROFILE: Record<BusinessType, { meanTier: number; areaSqm: [number, number] }> = {
  GROCERY: { meanTier: 9, areaSqm: [12, 60] },
  CONVENIENCE: { meanTier: 11, areaSqm: [30, 120] },
  TOBACCO_LIQUOR: { meanTier: 16, areaSqm: [15, 80] },
  SUPERMARKET: { meanTier: 18, areaSqm: [150, 1800] },
  LEISURE: { meanTier: 7, areaSqm: [50, 500] },
  OTHER: { meanTier: 6, areaSqm: [10, 100] },
};

const LUCKY_WORDS = [
  '惠民',
  '鑫源',
  '顺发',
  '兴旺',
  '万家',
  '福满多',
  '好邻居',
  '佳惠',
  '利民',
  '家家乐',
  '百顺',
  '金太阳',
  '春城',
  '聚福',
  '和顺',
  '永兴',
  '安康',
  '德胜',
  '恒丰',
  '祥和',
  '宏达',
  '金叶',
  '滇香',
  '彩云',
  '翠湖',
  '老街坊',
  '大众',
  '便民',
  '乐购',
  '福星',
  '金穗',
  '瑞丰',
  '隆盛',
  '旺角',
  '红土地',
];
const CONVENIENCE_CHAINS = ['易佳', '天天', '邻家', '快客', '红云'];
const SUPERMARKET_CHAINS = ['华联', '惠友', '百佳', '家家福', '万和', '联华'];

function shopName(random: SeededRandom, type: BusinessType, surname: string, street: string): string {
  const word = random.pick(LUCKY_WORDS);
  const old = `老${surname}`;
  switch (type) {
    case BusinessType.GROCERY:
      return random.weighted([
        [`${word}${random.pick(['食杂店', '副食店', '商店', '小卖部', '综合商店'])}`, 7],
        [`${old}${random.pick(['食杂店', '小卖部', '副食店'])}`, 2],
        [`${surname}记商店`, 1],
      ]);
    case BusinessType.CONVENIENCE:
      return random.weighted([
        [`${word}便利店`, 6],
        [`${random.pick(CONVENIENCE_CHAINS)}便利店(${street}店)`, 3],
        [`${word}24小时便利店`, 1],
      ]);
    case BusinessType.SUPERMARKET:
      return random.chance(0.6) ? `${random.pick(SUPERMARKET_CHAINS)}超市(${street}店)` : `${word}超市`;
    case BusinessType.TOBACCO_LIQUOR:
      return random.weighted([
        [`${old}烟酒店`, 3],
        [`${word}烟酒店`, 4],
        [`${word}烟酒商行`, 2],
        [`${word}名烟名酒`, 1],
      ]);
    case BusinessType.LEISURE:
      return `${word}${random.pick(['棋牌室', '茶室', '网吧', 'KTV', '台球室', '宾馆', '足浴店'])}`;
    case BusinessType.OTHER:
      return random.chance(0.3) ? `${old}米线店` : `${word}${random.pick(['书报亭', '水果店', '五金店', '饭店', '汽修店'])}`;
  }
}

const SUSPENSION_REASONS = ['许可证到期未延续,暂停供货', '店面装修,暂停营业', '涉嫌销售非渠道卷烟,停业整顿', '业主回老家,暂停营业两个月'];
const CLOSURE_REASONS = ['店铺转让,许可证已注销', '片区拆迁,歇业', '经营不善停业,许可证已注销'];

const PLANS = [
  '计划明年扩大店面,增加冷柜',
  '准备引进中高档卷烟规格',
  '考虑在附近开第二家店',
  '维持现状,稳定经营',
  '打算装修升级为便利店',
  '计划增加酒水和饮料品类',
  '想开通线上订货和微信支付',
  '子女准备接手经营',
  '希望提高档位,增加货源',
  '准备做社区团购自提点',
];
const INTERESTS = [
  '打麻将',
  '钓鱼',
  '下象棋',
  '喝普洱茶',
  '看足球',
  '养花养鸟',
  '打羽毛球',
  '跳广场舞',
  '周末去西山爬山',
  '追剧',
  '唱花灯',
  '带孙子',
];
const PREFERENCES = [
  '习惯电话订货,不喜欢频繁上门',
  '习惯每周二订货',
  '偏好云烟、红塔山系列',
  '希望送货前电话通知',
  '关注新品信息,愿意试销',
  '对价格敏感,常问批零差价',
  '喜欢微信沟通',
  '上午忙,下午拜访为宜',
  '重视陈列,愿意配合摆放',
  '希望多给紧俏规格',
];
const INSTRUCTIONS = [
  '店门口不能停车,请停在巷口',
  '送货请走后门',
  '中午12点至14点店主午休,请勿送货',
  '卸货后请当面清点',
  '请提前十分钟电话联系',
  '小区门禁,到了打电话开门',
  '店主不在时交给隔壁水果店代收',
];
const DELIVERY_WINDOWS = ['08:00-10:00', '09:00-12:00', '10:00-12:00', '14:00-17:00', '15:00-18:00'];

const PERSONALITY_TYPES: ReadonlyArray<readonly [PersonalityType, number]> = [
  [PersonalityType.FRIENDLY_OUTGOING, 26],
  [PersonalityType.CONSTRUCTIVE, 16],
  [PersonalityType.SILENT, 14],
  [PersonalityType.INDECISIVE, 12],
  [PersonalityType.KNOW_IT_ALL, 10],
  [PersonalityType.TOUGH, 9],
  [PersonalityType.ARGUMENTATIVE, 7],
  [PersonalityType.NEGATIVE, 6],
];

function tradingHours(random: SeededRandom, type: BusinessType): string {
  if (type === BusinessType.CONVENIENCE && random.chance(0.3)) return '00:00-23:59';
  if (type === BusinessType.LEISURE) return `${hhmm(random.int(18, 28) * 30)}-${hhmm(random.int(0, 6) * 30)}`;
  return `${hhmm(random.int(13, 18) * 30)}-${hhmm(random.int(40, 47) * 30)}`;
}

function turnoverBand(random: SeededRandom, tier: number): TurnoverBand {
  const bands = [TurnoverBand.UNDER_10K, TurnoverBand.FROM_10K_TO_30K, TurnoverBand.FROM_30K_TO_100K, TurnoverBand.OVER_100K];
  const expected = tier <= 6 ? 0 : tier <= 14 ? 1 : tier <= 24 ? 2 : 3;
  const shifted =
    expected +
    random.weighted([
      [-1, 1],
      [0, 6],
      [1, 1],
    ] as const);
  return bands[Math.min(3, Math.max(0, shifted))];
}

/** Shops open between 2005 and a few weeks before the reference date, more of them in recent years. */
function openingDate(random: SeededRandom): string {
  const earliest = Date.parse('2005-01-01T00:00:00+08:00');
  const latest = DEMO_REFERENCE_DATE.getTime() - 20 * DAY_MS;
  const share = Math.pow(random.next(), 0.8);
  return beijingDate(earliest + Math.floor(share * ((latest - earliest) / DAY_MS)) * DAY_MS);
}

/** Shops on a route are visited in a sweep around its centre, so the sequence follows the streets round. */
function assignRouteSequence(plan: TerritoryPlan, retailers: DemoRetailer[]): void {
  const angle = (r: DemoRetailer) => Math.atan2(r.latitude - plan.latitude, r.longitude - plan.longitude);
  [...retailers].sort((a, b) => angle(a) - angle(b)).forEach((retailer, index) => (retailer.routeSequence = index + 1));
}

export function buildRetailers(random: SeededRandom, plans: TerritoryPlan[], retailerCount: number): DemoRetailer[] {
  const phones = new PhoneBook(random.fork('retailer-phones'));
  const perTerritory = apportion(
    retailerCount,
    plans.map(() => random.float(0.8, 1.2)),
  );
  // Licence serials climb per district with gaps, as numbers are issued and later cancelled.
  const serials = new Map(DISTRICTS.map((d) => [d.code, random.int(1000, 5000)]));
  const referenceMs = DEMO_REFERENCE_DATE.getTime();

  return plans.flatMap((plan, t) => {
    const { district } = plan;
    const retailers = Array.from({ length: perTerritory[t] }, (): DemoRetailer => {
      const serial = (serials.get(district.code) ?? 0) + random.int(1, 9);
      if (serial > 999_999) throw new Error(`licence serials exhausted in ${district.name}`);
      serials.set(district.code, serial);

      const owner = personName(random);
      const street = random.pick(plan.streets);
      const businessType = random.weighted(BUSINESS_TYPES);
      const tier = Math.min(30, Math.max(1, Math.round(random.gaussian(SHOP_PROFILE[businessType].meanTier, 4.5))));
      const status = random.weighted([
        [RetailerStatus.ACTIVE, 96],
        [RetailerStatus.SUSPENDED, 3],
        [RetailerStatus.CLOSED, 1],
      ] as const);
      const openedOn = openingDate(random);
      const daysOpen = daysBetween(openedOn, referenceMs);
      const openedYear = Number(openedOn.slice(0, 4));

      // How much of the customer file the account manager has kept up: some files are full, some bare.
      const filled = random.weighted([
        [0.95, 35],
        [0.75, 35],
        [0.35, 20],
        [0, 10],
      ] as const);
      const maybe = <T>(value: () => T): T | null => (random.chance(filled) ? value() : null);

      // Clamped at 2.5 spreads so no shop strays far into the next district.
      const offset = () => Math.max(-2.5, Math.min(2.5, random.gaussian()));
      const latitude = plan.latitude + (offset() * plan.spreadKm) / KM_PER_DEGREE_LATITUDE;
      const longitude = plan.longitude + (offset() * plan.spreadKm) / kmPerDegreeLongitude(plan.latitude);
      const houseNumber = random.int(1, 480);

      return {
        id: random.uuid(),
        licenceNumber: `5301${district.divisionCode}${String(serial).padStart(6, '0')}`,
        shopName: shopName(random, businessType, owner.surname, street),
        ownerName: owner.name,
        phone: random.chance(0.08) ? phones.kunmingLandline() : phones.mobile(),
        address: `${district.name}${street}${houseNumber}号${random.chance(0.12) ? `附${random.int(1, 12)}号` : ''}`,
        latitude: Math.round(latitude * 1e6) / 1e6,
        longitude: Math.round(longitude * 1e6) / 1e6,
        territoryId: plan.territory.id,
        routeSequence: 0, // set below, once the whole route is known
        businessType,
        tier,
        status,
        statusReason:
          status === RetailerStatus.SUSPENDED
            ? random.pick(SUSPENSION_REASONS)
            : status === RetailerStatus.CLOSED
              ? random.pick(CLOSURE_REASONS)
              : null,
        openedOn,
        business: {
          plan: maybe(() => random.pick(PLANS)),
          tradingHours: maybe(() => tradingHours(random, businessType)),
          shopAreaSqm: maybe(() => random.int(...SHOP_PROFILE[businessType].areaSqm)),
          monthlyTurnoverBand: maybe(() => turnoverBand(random, tier)),
        },
        personal: {
          // Owners were at least twenty when they opened the shop.
          ownerBirthday: maybe(() => {
            const year = random.int(1958, Math.min(2001, openedYear - 20));
            return `${year}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;
          }),
          interests: maybe(() => random.sample(INTERESTS, random.int(1, 2)).join('、')),
          preferences: maybe(() => random.sample(PREFERENCES, random.int(1, 2)).join(';')),
          personalityType: maybe(() => random.weighted(PERSONALITY_TYPES)),
        },
        logistics: {
          deliveryWindow: maybe(() => random.pick(DELIVERY_WINDOWS)),
          priorityDelivery: random.chance(tier >= 20 ? 0.25 : 0.05),
          instructions: random.chance(filled * 0.3) ? random.pick(INSTRUCTIONS) : null,
        },
        creditGrade: null, // set from the assessments
        creditAssessedAt: null,
        profileUpdatedAt: beijingTime(random.int(1, Math.max(1, Math.min(182, daysOpen))), workingMinute(random)),
        version: 1,
      };
    });
    assignRouteSequence(plan, retailers);
    return retailers.sort((a, b) => a.routeSequence - b.routeSequence);
  });
}
