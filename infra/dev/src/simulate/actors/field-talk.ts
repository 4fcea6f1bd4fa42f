import type { SeededRandom } from '../../demo/random';

/*
 * What account managers write and say in the field, in the words of the training material:
 * brands, what the shop owner asks for, what the competition does. Drawn by each person's own
 * seeded generator, so a run's notes are reproducible.
 */

export const BRANDS = ['玉溪(软)', '云烟(紫)', '红塔山(经典)', '红河(硬)', '云烟(软珍品)', '玉溪(硬)', '红塔山(新势力)'] as const;
/** Brands a Kunming shop should not be selling: bought outside the company's channel. */
export const NON_CHANNEL_BRANDS = ['中华(硬)', '黄鹤楼(软蓝)', '芙蓉王(硬)', '利群(新版)'] as const;

const THEMES = ['新品铺货', '陈列检查', '库存与订货', '价签规范', '客户回访', '促销执行', '信用复核'] as const;
const PURPOSES = ['了解本周销售情况', '推广新品规格', '核对库存与订单', '检查陈列与价签', '听取店主意见'] as const;
const ACTIONS = ['介绍新品并检查陈列', '盘点库存,建议订货量', '整理柜台陈列', '核对明码标价', '回访上次承诺事项'] as const;
const RESULTS = ['进货两条', '陈列达标', '订单确认', '价签齐全', '店主满意'] as const;
const OBSERVATIONS = ['客流比上周多', '周末销量明显上升', '附近新开一家便利店', '店主反映资金周转紧', '老顾客稳定'] as const;
const REQUESTS = ['希望下周增加两条', '想试销新规格', '要求送货提前到上午', '希望多给一些宣传物料', '暂不需要加货'] as const;
const COMPETITION = ['竞品促销力度大', '竞品陈列位置更好', '未见竞品活动', '竞品降价明显'] as const;
const SIGHTING_NOTES = ['无本地防伪标识', '店主称朋友外地带来', '价格明显低于指导价', '包装为外省版本'] as const;
const CANCEL_REASONS = ['店主临时外出,店门关闭', '店铺装修暂停营业', '店主改约到下周'] as const;
const PROMISES = ['下周帮忙调剂滞销品', '下次带新品宣传册', '协调提前送货', '反馈价签问题给公司'] as const;
const CASES = [
  { kind: 'COMPLAINT', category: 'PRODUCT_QUALITY', description: '上周到货有两条受潮' },
  { kind: 'DELIVERY_ISSUE', category: 'DELIVERY', description: '送货少了一条,司机说下次补' },
  { kind: 'COMPLAINT', category: 'ORDER_ERROR', description: '订的软玉溪送成了硬玉溪' },
  { kind: 'SUGGESTION', category: 'POLICY', description: '希望订货截止时间推迟到晚上' },
  { kind: 'INFO_FEEDBACK', category: 'PRICE', description: '周边店铺普遍低于指导价销售' },
] as const;

export function planStop(random: SeededRandom, retailerId: string) {
  return {
    retailerId,
    theme: random.pick(THEMES),
    purpose: random.pick(PURPOSES),
    actionPlan: random.pick(ACTIONS),
    expectedResult: random.pick(RESULTS),
  };
}

export const cancelReason = (random: SeededRandom) => random.pick(CANCEL_REASONS);

/** A note of what was seen and said at this shop: specific enough not to read like the last one. */
export function visitNote(random: SeededRandom, shopName: string): string {
  const brand = random.pick(BRANDS);
  return (
    `${shopName}:${random.pick(OBSERVATIONS)},${brand}库存${random.int(0, 9)}条,店主${random.pick(REQUESTS)}。` +
    `${random.pick(COMPETITION)},${random.pick(BRANDS)}本周卖出约${random.int(2, 30)}条。`
  );
}

/** The findings of one visit; `notes` is given (fresh or copied). */
export function findings(random: SeededRandom, today: string, notes: string) {
  const inDays = (days: number) => new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  return {
    displayInOrder: random.chance(0.85),
    priceTagsShown: random.chance(0.9),
    stock: random.sample(BRANDS, random.int(1, 3)).map((product) => ({ product, cartons: random.int(0, 12) })),
    ...(random.chance(0.4) ? { marketNotes: `${random.pick(COMPETITION)};${random.pick(OBSERVATIONS)}` } : {}),
    ...(random.chance(0.15)
      ? {
          nonChannelSightings: [
            { product: random.pick(NON_CHANNEL_BRANDS), quantity: random.int(1, 6), note: random.pick(SIGHTING_NOTES) },
          ],
        }
      : {}),
    ...(random.chance(0.3) ? { retailerRequests: random.pick(REQUESTS) } : {}),
    ...(random.chance(0.35)
      ? { orderIntent: random.sample(BRANDS, random.int(1, 2)).map((product) => ({ product, cartons: random.int(1, 5) })) }
      : {}),
    ...(random.chance(0.08) ? { cases: [random.pick(CASES)] } : {}),
    satisfaction: random.weighted([
      [5, 3],
      [4, 5],
      [3, 2],
      [2, 0.5],
    ] as const),
    notes,
    ...(random.chance(0.1) ? { promises: [{ description: random.pick(PROMISES), dueOn: inDays(random.int(3, 7)) }] } : {}),
  };
}
