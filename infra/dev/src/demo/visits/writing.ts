import { type SeededRandom } from '../random';

// What a visit is about and what is written at the shop: themes, findings, notes honest and copied.

export const BRANDS = ['玉溪(软)', '云烟(紫)', '红塔山(经典)', '中华(硬)', '红河(硬)', '芙蓉王(硬)', '黄鹤楼(软蓝)', '利群(新版)'];
export const NEW_PRODUCTS = ['云烟(小熊猫家园)', '玉溪(细支清香)', '红塔山(硬经典100)'];

interface Theme {
  theme: string;
  purposes: readonly string[];
  actionPlans: readonly string[];
  expectedResults: readonly string[];
}

export const THEMES: readonly Theme[] = [
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

export const CANCEL_REASONS = ['店主外出', '店铺临时停业', '临时会议', '店主生病住院', '店铺装修暂停营业', '临时被安排参加市场检查'];

export const MARKET_NOTES = [
  '附近新开了一家便利店,客流被分流了一些',
  '周边工地开工,中低档烟走得快',
  '旁边超市在搞促销,店主担心影响生意',
  '中高档烟节前走量明显增加',
  '细支烟在年轻顾客中越来越受欢迎',
  '附近小区入住率提高,客流比上月多',
  '对面烟酒店有低价销售的情况,需要关注',
  '学校放假,周边客流减少',
];
export const RETAILER_REQUESTS = [
  '希望增加中华(硬)的分配量',
  '希望送货时间改到上午',
  '想申请提高档位',
  '希望公司多组织新品品鉴活动',
  '希望能提前通知到货时间',
  '希望换一个新的烟柜灯箱',
  '希望手机订货页面能简单一些',
];
export const SIGHTING_NOTES = ['烟盒无防伪码,疑似非渠道', '包装印刷模糊,疑似假冒', '店主说是朋友从外地带来的'];
export const COMPLAINTS = ['上次送货晚了一天,影响周末销售', '送货员把两条烟放错了店,至今没有补上', '送来的货外箱破损,有一条受潮'];
export const PROMISES = [
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
export const EMPTY_NOTES = ['正常', '无', '已拜访', '一切正常', '同上次'];

export function writeNote(random: SeededRandom): string {
  const parts = [random.pick(NOTE_OPENINGS)];
  const brands = random.sample(BRANDS, random.int(1, 2));
  for (const brand of brands) parts.push(random.pick(NOTE_SALES)(brand, random.int(2, 30), random.int(1, 20)));
  if (random.chance(0.7)) parts.push(random.pick(NOTE_FEEDBACK));
  parts.push(random.pick(NOTE_ACTIONS));
  if (random.chance(0.6)) parts.push(random.pick(NOTE_FOLLOW_UPS));
  return `${parts.join(',')}。`;
}

/** An earlier note passed off as new: the figures changed, now and then one brand swapped for another. */
export function copyNote(random: SeededRandom, original: string): string {
  let copy = original.replace(/\d+/g, (digits) => String(Math.max(1, Number(digits) + random.int(-3, 3))));
  if (random.chance(0.3)) {
    const present = BRANDS.filter((brand) => copy.includes(brand));
    if (present.length > 0) copy = copy.replace(random.pick(present), random.pick(BRANDS.filter((brand) => !copy.includes(brand))));
  }
  return copy;
}
