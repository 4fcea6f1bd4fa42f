import { OUTBOX_CHANNEL, OutboxEvent } from '@fieldloop/platform';
import {
  BusinessType,
  ContributionAssessment,
  contributionTotal,
  CONTRIBUTION_INDICATORS,
  CreditAssessment,
  CreditGrade,
  gradeCredit,
  IndicatorLevel,
  PersonalityType,
  Region,
  Retailer,
  RetailerStatus,
  StaffMember,
  StaffRole,
  Territory,
  TurnoverBand,
  type ContributionScores,
  type CreditLevels,
  hashPassword,
} from '@fieldloop/customers';
import { customersDemoEvents } from './customers-demo-events';
import { insertRows, type DataSource } from './insert-rows';
import { SeededRandom } from './random';

/*
 * Demo data for the customers service: a tobacco distribution company in Kunming (昆明).
 * Everything is drawn from one seed and dated against a fixed reference date, so the same
 * options always give the same rows, whatever day the demo is loaded.
 */

export interface DemoOptions {
  seed: number;
  retailers: number;
}

/** The password of every demo staff member. */
export const DEMO_PASSWORD = 'fieldloop-demo';

export const DEFAULT_DEMO_OPTIONS: DemoOptions = { seed: 20261123, retailers: 2000 };

/** "Today" for the demo; every derived date is counted back from it. */
export const DEMO_REFERENCE_DATE = new Date('2026-11-01T00:00:00+08:00');

// Rows as inserted; createdAt/updatedAt are left to the database defaults.
export type DemoRegion = Pick<Region, 'id' | 'code' | 'name' | 'inCompanyArea'>;
export type DemoStaffMember = Pick<
  StaffMember,
  'id' | 'employeeNumber' | 'username' | 'name' | 'role' | 'phone' | 'supervisorId' | 'regionId' | 'active'
>;
export type DemoTerritory = Pick<Territory, 'id' | 'code' | 'name' | 'regionId' | 'accountManagerId' | 'visitFrequencyPerWeek'>;
export type DemoRetailer = Omit<Retailer, 'territoryRelation' | 'createdAt' | 'updatedAt'>;
export type DemoCreditAssessment = Omit<CreditAssessment, 'retailerRelation' | 'assessedByRelation'>;
export type DemoContributionAssessment = Omit<ContributionAssessment, 'retailerRelation' | 'assessedByRelation'>;

export interface CustomersDemo {
  regions: DemoRegion[];
  staff: DemoStaffMember[];
  territories: DemoTerritory[];
  retailers: DemoRetailer[];
  creditAssessments: DemoCreditAssessment[];
  contributionAssessments: DemoContributionAssessment[];
}

// ---------------------------------------------------------------------------------------
// Geography
// ---------------------------------------------------------------------------------------

type RegionKey = 'MAIN' | 'CHENGGONG' | 'ANNING';

const REGIONS: ReadonlyArray<{ key: RegionKey; code: string; name: string; inCompanyArea: boolean }> = [
  { key: 'MAIN', code: 'KM-MAIN', name: '昆明主城区', inCompanyArea: true },
  { key: 'CHENGGONG', code: 'KM-CG', name: '呈贡区', inCompanyArea: true },
  // 安宁 is a county-level city served from Kunming but outside the company's own area,
  // so complaints there get the 24-hour deadline.
  { key: 'ANNING', code: 'KM-AN', name: '安宁市', inCompanyArea: false },
];

interface District {
  code: string;
  name: string;
  region: RegionKey;
  /** Last two digits of the administrative division code (5301xx), used in licence numbers. */
  divisionCode: string;
  latitude: number;
  longitude: number;
  /** Radius of the part of the district the company's routes cover. */
  radiusKm: number;
  /** Share of the territories; the old city is densest. */
  weight: number;
  /** Share of its territories visited twice a week rather than once. */
  twiceWeeklyShare: number;
  streets: readonly string[];
}

// Centres are real; 呈贡 and 安宁 are placed at their parts nearest the city (吴家营, 太平新城)
// so every shop stays within about 15 km of the city centre (25.04N 102.71E).
const DISTRICTS: readonly District[] = [
  {
    code: 'WH',
    name: '五华区',
    region: 'MAIN',
    divisionCode: '02',
    latitude: 25.048,
    longitude: 102.7,
    radiusKm: 3,
    weight: 0.2,
    twiceWeeklyShare: 0.6,
    streets: [
      '人民中路',
      '人民西路',
      '东风西路',
      '青年路',
      '华山南路',
      '正义路',
      '西昌路',
      '龙翔街',
      '学府路',
      '一二一大街',
      '莲花池正街',
      '翠湖南路',
      '武成路',
      '建设路',
      '圆通街',
    ],
  },
  {
    code: 'PL',
    name: '盘龙区',
    region: 'MAIN',
    divisionCode: '03',
    latitude: 25.075,
    longitude: 102.725,
    radiusKm: 3.5,
    weight: 0.2,
    twiceWeeklyShare: 0.5,
    streets: ['北京路', '白塔路', '东风东路', '穿金路', '联盟路', '龙泉路', '小康大道', '白龙路', '沣源路', '北辰大道', '桃源街', '世博路'],
  },
  {
    code: 'GD',
    name: '官渡区',
    region: 'MAIN',
    divisionCode: '11',
    latitude: 25.012,
    longitude: 102.745,
    radiusKm: 4,
    weight: 0.25,
    twiceWeeklyShare: 0.45,
    streets: [
      '春城路',
      '关上中路',
      '民航路',
      '金马路',
      '日新中路',
      '彩云北路',
      '官南大道',
      '东郊路',
      '珥季路',
      '广福路',
      '云秀路',
      '永平路',
    ],
  },
  {
    code: 'XS',
    name: '西山区',
    region: 'MAIN',
    divisionCode: '12',
    latitude: 25.025,
    longitude: 102.67,
    radiusKm: 3.5,
    weight: 0.18,
    twiceWeeklyShare: 0.4,
    streets: ['滇池路', '前卫西路', '西坝路', '前兴路', '西园路', '昌源北路', '碧鸡路', '环城西路', '兴苑路', '福海路', '马街北路'],
  },
  {
    code: 'CG',
    name: '呈贡区',
    region: 'CHENGGONG',
    divisionCode: '14',
    latitude: 24.96,
    longitude: 102.78,
    radiusKm: 2.5,
    weight: 0.1,
    twiceWeeklyShare: 0.25,
    streets: ['聚贤街', '春融街', '彩云南路', '洛龙路', '雨花路', '锦绣大街', '吴家营路', '斗南路'],
  },
  {
    code: 'AN',
    name: '安宁市',
    region: 'ANNING',
    divisionCode: '81',
    latitude: 24.99,
    longitude: 102.6,
    radiusKm: 2,
    weight: 0.07,
    twiceWeeklyShare: 0.2,
    streets: ['太平新城大道', '太平街', '宁湖路', '百花东路', '金方路', '昆安路', '连然路'],
  },
];

const KM_PER_DEGREE_LATITUDE = 111.2;
const kmPerDegreeLongitude = (latitude: number) => KM_PER_DEGREE_LATITUDE * Math.cos((latitude * Math.PI) / 180);

/** One account manager's route covers roughly this many shops. */
const RETAILERS_PER_TERRITORY = 160;
const MIN_TERRITORIES = 12;

// ---------------------------------------------------------------------------------------
// Names
// ---------------------------------------------------------------------------------------

type Syllables = readonly (readonly [hanzi: string, pinyin: string])[];

// Weighted towards the commonest surnames nationally, plus some frequent in Yunnan (杨, 段, 马, 普, 字).
const SURNAMES: ReadonlyArray<readonly [hanzi: string, pinyin: string, weight: number]> = [
  ['王', 'wang', 10],
  ['李', 'li', 11],
  ['张', 'zhang', 9],
  ['刘', 'liu', 7],
  ['陈', 'chen', 7],
  ['杨', 'yang', 9],
  ['赵', 'zhao', 4],
  ['黄', 'huang', 4],
  ['周', 'zhou', 4],
  ['吴', 'wu', 4],
  ['徐', 'xu', 2],
  ['孙', 'sun', 2],
  ['马', 'ma', 3],
  ['朱', 'zhu', 2],
  ['胡', 'hu', 2],
  ['郭', 'guo', 2],
  ['何', 'he', 2],
  ['高', 'gao', 2],
  ['罗', 'luo', 2],
  ['林', 'lin', 1.5],
  ['段', 'duan', 1.5],
  ['鲁', 'lu', 1],
  ['施', 'shi', 1],
  ['余', 'yu', 1],
  ['普', 'pu', 0.5],
  ['字', 'zi', 0.5],
];

const GIVEN_NAMES = {
  male: {
    single: [
      ['伟', 'wei'],
      ['强', 'qiang'],
      ['军', 'jun'],
      ['磊', 'lei'],
      ['勇', 'yong'],
      ['杰', 'jie'],
      ['涛', 'tao'],
      ['明', 'ming'],
      ['斌', 'bin'],
      ['超', 'chao'],
      ['刚', 'gang'],
      ['辉', 'hui'],
      ['鹏', 'peng'],
      ['华', 'hua'],
      ['波', 'bo'],
      ['浩', 'hao'],
      ['宇', 'yu'],
      ['龙', 'long'],
      ['林', 'lin'],
      ['兴', 'xing'],
    ],
    first: [
      ['建', 'jian'],
      ['志', 'zhi'],
      ['国', 'guo'],
      ['永', 'yong'],
      ['德', 'de'],
      ['家', 'jia'],
      ['海', 'hai'],
      ['文', 'wen'],
      ['子', 'zi'],
      ['云', 'yun'],
      ['俊', 'jun'],
      ['金', 'jin'],
    ],
  },
  female: {
    single: [
      ['芳', 'fang'],
      ['娜', 'na'],
      ['敏', 'min'],
      ['静', 'jing'],
      ['丽', 'li'],
      ['艳', 'yan'],
      ['娟', 'juan'],
      ['霞', 'xia'],
      ['玲', 'ling'],
      ['燕', 'yan'],
      ['红', 'hong'],
      ['梅', 'mei'],
      ['琳', 'lin'],
      ['婷', 'ting'],
      ['雪', 'xue'],
      ['慧', 'hui'],
      ['萍', 'ping'],
      ['英', 'ying'],
      ['琼', 'qiong'],
      ['芬', 'fen'],
    ],
    first: [
      ['晓', 'xiao'],
      ['春', 'chun'],
      ['丽', 'li'],
      ['玉', 'yu'],
      ['秀', 'xiu'],
      ['思', 'si'],
      ['雨', 'yu'],
      ['美', 'mei'],
      ['彩', 'cai'],
      ['云', 'yun'],
      ['桂', 'gui'],
      ['海', 'hai'],
    ],
  },
} satisfies Record<'male' | 'female', { single: Syllables; first: Syllables }>;

interface PersonName {
  surname: string;
  name: string;
  pinyin: { surname: string; given: string };
}

function personName(random: SeededRandom): PersonName {
  const [surname, surnamePinyin] = random.weighted(SURNAMES.map(([hanzi, pinyin, weight]) => [[hanzi, pinyin] as const, weight] as const));
  const pool = random.chance(0.5) ? GIVEN_NAMES.male : GIVEN_NAMES.female;
  const given: Array<readonly [string, string]> = random.chance(0.45)
    ? [random.pick(pool.single)]
    : [random.pick(pool.first), random.pick(pool.single)];
  if (given.length === 2 && given[0][0] === given[1][0]) given.pop(); // no 云云
  return {
    surname,
    name: surname + given.map(([hanzi]) => hanzi).join(''),
    pinyin: { surname: surnamePinyin, given: given.map(([, pinyin]) => pinyin).join('') },
  };
}

// Real mobile prefixes of the three carriers, the old ones more common among shop owners.
const MOBILE_PREFIXES = [
  '139',
  '138',
  '137',
  '136',
  '135',
  '134',
  '150',
  '151',
  '152',
  '158',
  '159',
  '187',
  '188',
  '182',
  '183',
  '130',
  '131',
  '132',
  '155',
  '156',
  '185',
  '186',
  '133',
  '153',
  '180',
  '189',
  '177',
  '199',
  '198',
  '173',
  '181',
];

class PhoneBook {
  private readonly used = new Set<string>();
  constructor(private readonly random: SeededRandom) {}

  mobile(): string {
    return this.unique(() => this.random.pick(MOBILE_PREFIXES) + this.digits(8));
  }

  /** Kunming landlines are 0871 plus eight digits starting with 6. */
  kunmingLandline(): string {
    return this.unique(() => `0871-6${this.digits(7)}`);
  }

  private digits(count: number): string {
    return Array.from({ length: count }, () => this.random.int(0, 9)).join('');
  }

  private unique(draw: () => string): string {
    for (;;) {
      const phone = draw();
      if (!this.used.has(phone)) {
        this.used.add(phone);
        return phone;
      }
    }
  }
}

function chineseNumeral(n: number): string {
  const digits = '零一二三四五六七八九';
  if (n < 10) return digits[n];
  const tens = Math.floor(n / 10);
  const units = n % 10;
  return (tens === 1 ? '' : digits[tens]) + '十' + (units ? digits[units] : '');
}

// ---------------------------------------------------------------------------------------
// Dates (all Beijing time, counted from the reference date)
// ---------------------------------------------------------------------------------------

const DAY_MS = 24 * 60 * 60 * 1000;
const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The calendar date (YYYY-MM-DD) in Beijing of an instant. */
function beijingDate(ms: number): string {
  return new Date(ms + BEIJING_OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant of a Beijing wall-clock time `daysAgo` days before the reference date. */
function beijingTime(daysAgo: number, minuteOfDay: number): Date {
  return new Date(DEMO_REFERENCE_DATE.getTime() - daysAgo * DAY_MS + minuteOfDay * 60_000);
}

/** Somewhere in a working day, when people make assessments and edit files. */
const workingMinute = (random: SeededRandom) => random.int(8 * 60 + 30, 17 * 60 + 30);

function daysBetween(fromDate: string, toMs: number): number {
  return Math.floor((toMs - Date.parse(`${fromDate}T00:00:00+08:00`)) / DAY_MS);
}

/** The `count` months before the reference date's month, oldest first, as YYYY-MM. */
function previousMonths(count: number): string[] {
  const [year, month] = beijingDate(DEMO_REFERENCE_DATE.getTime()).split('-').map(Number);
  return Array.from({ length: count }, (_, i) => {
    const index = year * 12 + (month - 1) - (count - i);
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  });
}

// ---------------------------------------------------------------------------------------
// Regions and territories
// ---------------------------------------------------------------------------------------

/** Splits `total` in proportion to `weights` (largest remainder), giving each at least `minimum`. */
function apportion(total: number, weights: readonly number[], minimum = 0): number[] {
  const spare = total - minimum * weights.length;
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((weight) => (spare * weight) / sum);
  const counts = exact.map((value) => minimum + Math.floor(value));
  const byRemainder = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  const missing = total - counts.reduce((a, b) => a + b, 0);
  for (let i = 0; i < missing; i++) counts[byRemainder[i].index] += 1;
  return counts;
}

interface TerritoryPlan {
  territory: DemoTerritory;
  district: District;
  latitude: number;
  longitude: number;
  /** Spread of the shops around the centre. */
  spreadKm: number;
  streets: string[];
}

function planTerritories(random: SeededRandom, retailerCount: number, regionIds: Record<RegionKey, string>): TerritoryPlan[] {
  const total = Math.max(MIN_TERRITORIES, Math.ceil(retailerCount / RETAILERS_PER_TERRITORY));
  const perDistrict = apportion(
    total,
    DISTRICTS.map((d) => d.weight),
    1,
  );
  return DISTRICTS.flatMap((district, d) => {
    const count = perDistrict[d];
    const rotation = random.float(0, 2 * Math.PI);
    return Array.from({ length: count }, (_, k) => {
      // Sunflower layout: territory centres cover the district evenly without overlapping much.
      const distanceKm = district.radiusKm * Math.sqrt((k + 0.5) / count) * (count === 1 ? 0 : 1);
      const angle = rotation + k * 2.39996;
      const latitude = district.latitude + (distanceKm * Math.sin(angle)) / KM_PER_DEGREE_LATITUDE;
      const longitude = district.longitude + (distanceKm * Math.cos(angle)) / kmPerDegreeLongitude(district.latitude);
      const number = k + 1;
      return {
        territory: {
          id: random.uuid(),
          code: `KM-${district.code}-${String(number).padStart(2, '0')}`,
          name: `${district.name}${chineseNumeral(number)}线`,
          regionId: regionIds[district.region],
          accountManagerId: null,
          visitFrequencyPerWeek: random.chance(district.twiceWeeklyShare) ? 2 : 1,
        },
        district,
        latitude,
        longitude,
        spreadKm: Math.max(0.35, (district.radiusKm / Math.sqrt(count)) * 0.55),
        streets: random.sample(district.streets, random.int(3, 5)),
      };
    });
  });
}

// ---------------------------------------------------------------------------------------
// Staff
// ---------------------------------------------------------------------------------------

function buildStaff(random: SeededRandom, territories: DemoTerritory[], retailerCount: number): DemoStaffMember[] {
  const phones = new PhoneBook(random.fork('staff-phones'));
  const takenNames = new Set<string>();
  const takenUsernames = new Set<string>();
  const staff: DemoStaffMember[] = [];

  const hire = (role: StaffRole, supervisorId: string | null, regionId: string | null = null): DemoStaffMember => {
    let person = personName(random);
    // Namesakes happen in real companies but make a demo confusing to click through.
    while (takenNames.has(person.name)) person = personName(random);
    takenNames.add(person.name);
    const base = `${person.pinyin.surname}.${person.pinyin.given}`;
    let username = base;
    for (let n = 2; takenUsernames.has(username); n++) username = `${base}${n}`;
    takenUsernames.add(username);
    const member: DemoStaffMember = {
      id: random.uuid(),
      employeeNumber: `KM${String(staff.length + 1).padStart(4, '0')}`,
      username,
      name: person.name,
      role,
      phone: phones.mobile(),
      supervisorId,
      regionId,
      active: true,
    };
    staff.push(member);
    return member;
  };

  // Most account managers run one route; with many routes some take two, never more.
  const accountManagerCount = Math.min(territories.length, Math.max(12, Math.ceil(territories.length / 1.5)));
  // About five account managers per supervisor keeps every team at four to six.
  const supervisorCount = Math.max(3, Math.round(accountManagerCount / 5));

  const admins = [hire(StaffRole.ADMIN, null), hire(StaffRole.ADMIN, null)];
  const supervisors = Array.from({ length: supervisorCount }, () => hire(StaffRole.SUPERVISOR, admins[0].id));
  // Consecutive account managers share a supervisor; their routes are neighbours, so teams are local.
  const accountManagers = Array.from({ length: accountManagerCount }, (_, i) =>
    hire(StaffRole.ACCOUNT_MANAGER, supervisors[Math.floor((i * supervisorCount) / accountManagerCount)].id),
  );
  const supportRoles: Array<[StaffRole, number]> = [
    [StaffRole.ORDER_CLERK, Math.max(3, Math.ceil(retailerCount / 600))],
    [StaffRole.DELIVERY_DRIVER, Math.max(4, Math.ceil(retailerCount / 400))],
    [StaffRole.MARKET_INSPECTOR, Math.max(2, Math.ceil(territories.length / 6))],
  ];
  // Clerks, drivers and inspectors each cover a region: that is what they see.
  const regions = [...new Set(territories.map((territory) => territory.regionId))];
  for (const [role, count] of supportRoles) {
    for (let i = 0; i < count; i++) hire(role, supervisors[i % supervisorCount].id, regions[i % regions.length]);
  }

  const routesPerManager = random.shuffle(accountManagers.map((_, i) => (i < territories.length - accountManagerCount ? 2 : 1)));
  let next = 0;
  accountManagers.forEach((manager, i) => {
    for (let r = 0; r < routesPerManager[i]; r++) territories[next++].accountManagerId = manager.id;
  });
  return staff;
}

// ---------------------------------------------------------------------------------------
// Retailers
// ---------------------------------------------------------------------------------------

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

const hhmm = (minute: number) => `${String(Math.floor(minute / 60) % 24).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

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

function buildRetailers(random: SeededRandom, plans: TerritoryPlan[], retailerCount: number): DemoRetailer[] {
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

// ---------------------------------------------------------------------------------------
// Credit and contribution assessments
// ---------------------------------------------------------------------------------------

type LevelOdds = readonly [good: number, medium: number, poor: number];
type Standing = 'solid' | 'average' | 'shaky';

/** Chances of each level by the owner's general standing; most retailers pay and behave. */
const INDICATOR_ODDS: Record<
  'salesGrowth' | 'arrears' | 'supplierConcentration' | 'badHabits' | 'crossRegionSelling',
  Record<Standing, LevelOdds>
> = {
  salesGrowth: { solid: [0.5, 0.4, 0.1], average: [0.3, 0.5, 0.2], shaky: [0.15, 0.45, 0.4] },
  arrears: { solid: [0.9, 0.1, 0], average: [0.7, 0.27, 0.03], shaky: [0.4, 0.4, 0.2] },
  supplierConcentration: { solid: [0.65, 0.3, 0.05], average: [0.45, 0.4, 0.15], shaky: [0.3, 0.4, 0.3] },
  badHabits: { solid: [0.92, 0.08, 0], average: [0.8, 0.18, 0.02], shaky: [0.55, 0.3, 0.15] },
  crossRegionSelling: { solid: [0.9, 0.1, 0], average: [0.75, 0.22, 0.03], shaky: [0.5, 0.35, 0.15] },
};
type VaryingIndicator = keyof typeof INDICATOR_ODDS;
type VaryingLevels = Record<VaryingIndicator, IndicatorLevel>;
const VARYING_INDICATORS = Object.keys(INDICATOR_ODDS) as VaryingIndicator[];

const varyingLevels = (levelOf: (name: VaryingIndicator) => IndicatorLevel) =>
  Object.fromEntries(VARYING_INDICATORS.map((name) => [name, levelOf(name)])) as VaryingLevels;

function level(random: SeededRandom, [good, medium, poor]: LevelOdds): IndicatorLevel {
  return random.weighted([
    [IndicatorLevel.GOOD, good],
    [IndicatorLevel.MEDIUM, medium],
    [IndicatorLevel.POOR, poor],
  ]);
}

function yearsInBusinessLevel(openedOn: string, atMs: number): IndicatorLevel {
  const years = daysBetween(openedOn, atMs) / 365.25;
  return years >= 3 ? IndicatorLevel.GOOD : years >= 1 ? IndicatorLevel.MEDIUM : IndicatorLevel.POOR;
}

const GRADE_RANK: Record<CreditGrade, number> = { A: 0, B: 1, C: 2, D: 3 };

function creditNote(random: SeededRandom, previous: CreditGrade | null, grade: CreditGrade): string | null {
  if (!random.chance(0.6)) return null;
  if (previous === null) return '首次信用评定';
  if (GRADE_RANK[grade] < GRADE_RANK[previous]) return random.pick(['按时结清货款,信用状况好转', '经营稳定,上调等级']);
  if (GRADE_RANK[grade] > GRADE_RANK[previous]) return random.pick(['出现拖欠,下调等级,需重点关注', '发现窜货苗头,已提醒']);
  return '年度复评,等级不变';
}

/** One to four assessments over the past three years; a grade drifts as the shop's situation changes. */
function assessCredit(random: SeededRandom, retailers: DemoRetailer[], managerOf: Map<string, string>): DemoCreditAssessment[] {
  const referenceMs = DEMO_REFERENCE_DATE.getTime();
  const assessments: DemoCreditAssessment[] = [];
  for (const retailer of retailers) {
    if (!random.chance(0.85)) continue;
    const assessedById = managerOf.get(retailer.territoryId);
    // Nobody assesses a shop in its first month.
    const windowDays = Math.min(3 * 365, daysBetween(retailer.openedOn, referenceMs) - 30);
    if (!assessedById || windowDays < 1) continue;

    const standing = random.weighted<Standing>([
      ['solid', 60],
      ['average', 30],
      ['shaky', 10],
    ]);
    // Household registration belongs to the owner and rarely changes.
    const localResidence = random.weighted([
      [IndicatorLevel.GOOD, 65],
      [IndicatorLevel.MEDIUM, 15],
      [IndicatorLevel.POOR, 20],
    ] as const);
    const count = Math.min(
      windowDays,
      random.weighted([
        [1, 30],
        [2, 30],
        [3, 25],
        [4, 15],
      ] as const),
    );
    // One assessment in each equal slot of the window, sorted so the last one is the latest.
    const slot = windowDays / count;
    const times = Array.from({ length: count }, (_, i) =>
      beijingTime(Math.floor(windowDays - slot * (i + random.next())) + 1, workingMinute(random)),
    );
    times.sort((a, b) => a.getTime() - b.getTime());

    let levels: VaryingLevels | null = null;
    let previousGrade: CreditGrade | null = null;
    for (const assessedAt of times) {
      const drawn = varyingLevels((name) => level(random, INDICATOR_ODDS[name][standing]));
      // Later assessments keep most of the previous picture and re-judge a few indicators.
      const previous: VaryingLevels | null = levels;
      levels = previous === null ? drawn : varyingLevels((name) => (random.chance(0.2) ? drawn[name] : previous[name]));
      const allLevels: CreditLevels = {
        ...levels,
        localResidence,
        yearsInBusiness: yearsInBusinessLevel(retailer.openedOn, assessedAt.getTime()),
      };
      const { score, grade } = gradeCredit(allLevels);
      assessments.push({
        id: random.uuid(),
        retailerId: retailer.id,
        assessedById,
        assessedAt,
        ...allLevels,
        score,
        grade,
        note: creditNote(random, previousGrade, grade),
      });
      previousGrade = grade;
      retailer.creditGrade = grade;
      retailer.creditAssessedAt = assessedAt;
    }
  }
  return assessments;
}

const GRADE_CONTRIBUTION: Record<CreditGrade, number> = { A: 0.4, B: 0, C: -0.5, D: -1 };

/** Monthly contribution scores for the last three months, for the shops their managers keep up with. */
function assessContribution(random: SeededRandom, retailers: DemoRetailer[], managerOf: Map<string, string>): DemoContributionAssessment[] {
  const periods = previousMonths(3);
  const assessments: DemoContributionAssessment[] = [];
  for (const retailer of retailers) {
    const assessedById = managerOf.get(retailer.territoryId);
    if (!assessedById || retailer.status !== RetailerStatus.ACTIVE || retailer.openedOn >= `${periods[0]}-01`) continue;
    if (!random.chance(0.62)) continue;
    // Bigger and more creditworthy shops contribute more; each indicator varies around that.
    const base = 2 + ((retailer.tier - 1) / 29) * 2 + (retailer.creditGrade ? GRADE_CONTRIBUTION[retailer.creditGrade] : 0);
    const bias = Object.fromEntries(CONTRIBUTION_INDICATORS.map((name) => [name, random.gaussian(0, 0.6)]));
    for (const period of periods) {
      const scores = Object.fromEntries(
        CONTRIBUTION_INDICATORS.map((name) => [name, Math.min(5, Math.max(1, Math.round(base + bias[name] + random.gaussian(0, 0.5))))]),
      ) as ContributionScores;
      // Assessed in the last week of the month, while it is fresh.
      const day = String(random.int(24, 28)).padStart(2, '0');
      const assessedAt = new Date(`${period}-${day}T${hhmm(workingMinute(random))}:00+08:00`);
      assessments.push({
        id: random.uuid(),
        retailerId: retailer.id,
        period,
        assessedById,
        assessedAt,
        ...scores,
        totalScore: contributionTotal(scores),
      });
    }
  }
  return assessments;
}

// ---------------------------------------------------------------------------------------
// Generation, summary, loading
// ---------------------------------------------------------------------------------------

export function generateCustomersDemo(options: Partial<DemoOptions> = {}): CustomersDemo {
  const { seed, retailers: retailerCount } = { ...DEFAULT_DEMO_OPTIONS, ...options };
  if (!Number.isInteger(retailerCount) || retailerCount < 0) throw new Error(`retailers must be a whole number, got ${retailerCount}`);
  // Each part draws from its own stream, so changing the number of retailers leaves
  // regions and the first staff members as they were.
  const root = new SeededRandom(seed);

  const regionRandom = root.fork('regions');
  const regions: DemoRegion[] = REGIONS.map(({ code, name, inCompanyArea }) => ({ id: regionRandom.uuid(), code, name, inCompanyArea }));
  const regionIds = Object.fromEntries(REGIONS.map(({ key }, i) => [key, regions[i].id])) as Record<RegionKey, string>;

  const plans = planTerritories(root.fork('territories'), retailerCount, regionIds);
  const territories = plans.map((plan) => plan.territory);
  const staff = buildStaff(root.fork('staff'), territories, retailerCount);
  const retailers = buildRetailers(root.fork('retailers'), plans, retailerCount);

  const managerOf = new Map(territories.flatMap((t) => (t.accountManagerId ? [[t.id, t.accountManagerId] as const] : [])));
  const creditAssessments = assessCredit(root.fork('credit'), retailers, managerOf);
  const contributionAssessments = assessContribution(root.fork('contribution'), retailers, managerOf);

  return { regions, staff, territories, retailers, creditAssessments, contributionAssessments };
}

export interface CustomersDemoSummary {
  regions: number;
  territories: number;
  staff: number;
  staffByRole: Record<StaffRole, number>;
  retailers: number;
  retailersByStatus: Record<RetailerStatus, number>;
  retailersByCreditGrade: Record<CreditGrade | 'UNASSESSED', number>;
  creditAssessments: number;
  contributionAssessments: number;
}

function countBy<K extends string>(keys: readonly K[], values: readonly K[]): Record<K, number> {
  const counts = Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
  for (const value of values) counts[value] += 1;
  return counts;
}

export function summarizeDemo(demo: CustomersDemo): CustomersDemoSummary {
  return {
    regions: demo.regions.length,
    territories: demo.territories.length,
    staff: demo.staff.length,
    staffByRole: countBy(
      Object.values(StaffRole),
      demo.staff.map((s) => s.role),
    ),
    retailers: demo.retailers.length,
    retailersByStatus: countBy(
      Object.values(RetailerStatus),
      demo.retailers.map((r) => r.status),
    ),
    retailersByCreditGrade: countBy(
      [...Object.values(CreditGrade), 'UNASSESSED' as const],
      demo.retailers.map((r) => r.creditGrade ?? 'UNASSESSED'),
    ),
    creditAssessments: demo.creditAssessments.length,
    contributionAssessments: demo.contributionAssessments.length,
  };
}

/** Staff grouped so each group's supervisors are in an earlier group: admins, then supervisors, then their teams. */
function staffInReportingOrder(staff: readonly DemoStaffMember[]): DemoStaffMember[][] {
  const groups: DemoStaffMember[][] = [];
  const placed = new Set<string>();
  let remaining = [...staff];
  while (remaining.length > 0) {
    const ready = remaining.filter((member) => member.supervisorId === null || placed.has(member.supervisorId));
    if (ready.length === 0) throw new Error('staff supervisors form a cycle or name someone not in the demo');
    ready.forEach((member) => placed.add(member.id));
    groups.push(ready);
    remaining = remaining.filter((member) => !placed.has(member.id));
  }
  return groups;
}

/**
 * Inserts the demo into the customers schema in one transaction (all or nothing), parents
 * before children, into an empty schema: existing rows with the same codes or licence
 * numbers make it fail and roll back. The demo objects are not modified.
 */
export async function loadCustomersDemo(dataSource: DataSource, demo: CustomersDemo): Promise<void> {
  await dataSource.transaction(async (manager) => {
    await insertRows(manager, Region, demo.regions);
    for (const group of staffInReportingOrder(demo.staff)) await insertRows(manager, StaffMember, group);
    await insertRows(manager, Territory, demo.territories);
    await insertRows(manager, Retailer, demo.retailers);
    await insertRows(manager, CreditAssessment, demo.creditAssessments);
    await insertRows(manager, ContributionAssessment, demo.contributionAssessments);
    // Every demo staff member signs in with the same password (README: demo users).
    await manager.query('UPDATE staff_member SET password_hash = $1', [await hashPassword(DEMO_PASSWORD)]);
    await insertRows(manager, OutboxEvent, customersDemoEvents(demo));
    // Delivered at commit: the relay moves the events into the log right away.
    await manager.query('SELECT pg_notify($1, $2)', [OUTBOX_CHANNEL, 'customers']);
  });
}
