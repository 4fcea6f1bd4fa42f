import { createHash } from 'node:crypto';
import { ean13CheckDigit } from './ean13.rules';
import { ProductStrategy, SupplyStatus } from './product.enums';
import type { Product } from './product.entity';

/**
 * The demo catalogue: about 80 specifications of brands a Chinese distributor carries, priced
 * per carton (10 packs). Retail is the pack price a shop asks; wholesale is the company's
 * price to the shop. The two new brands of the demo company are being introduced this half-year.
 */
type Line = [brand: string, fullName: string, shortName: string, retailYuanPerPack: number, key?: boolean];

const LINES: Line[] = [
  ['中华', '中华(硬)', '硬中华', 45, true],
  ['中华', '中华(软)', '软中华', 65, true],
  ['中华', '中华(双中支)', '双中支中华', 50, true],
  ['中华', '中华(金中支)', '金中支', 60, true],
  ['玉溪', '玉溪(软)', '软玉溪', 23, true],
  ['玉溪', '玉溪(硬)', '硬玉溪', 20, true],
  ['玉溪', '玉溪(翻盖)', '翻盖玉溪', 26, true],
  ['玉溪', '玉溪(初心)', '初心玉溪', 20],
  ['玉溪', '玉溪(和谐)', '和谐玉溪', 50],
  ['云烟', '云烟(紫)', '紫云', 11, true],
  ['云烟', '云烟(软珍品)', '软珍云', 22, true],
  ['云烟', '云烟(小熊猫家园)', '小熊猫', 15],
  ['云烟', '云烟(印象)', '云烟印象', 100],
  ['红塔山', '红塔山(硬经典)', '硬红塔山', 7, true],
  ['红塔山', '红塔山(软经典)', '软红塔山', 6],
  ['红塔山', '红塔山(新势力)', '红塔新势力', 10],
  ['芙蓉王', '芙蓉王(硬)', '硬芙蓉王', 25, true],
  ['芙蓉王', '芙蓉王(蓝)', '蓝芙蓉王', 35],
  ['芙蓉王', '芙蓉王(细支)', '细支芙蓉王', 28],
  ['黄鹤楼', '黄鹤楼(硬金砂)', '金砂黄鹤楼', 16, true],
  ['黄鹤楼', '黄鹤楼(软蓝)', '软蓝楼', 19],
  ['黄鹤楼', '黄鹤楼(1916)', '1916', 100],
  ['黄鹤楼', '黄鹤楼(天下名楼)', '天下名楼', 25],
  ['利群', '利群(新版)', '新版利群', 14, true],
  ['利群', '利群(软长嘴)', '软长嘴', 18],
  ['利群', '利群(阳光)', '阳光利群', 16],
  ['利群', '利群(休闲)', '休闲利群', 28],
  ['南京', '南京(炫赫门)', '炫赫门', 16, true],
  ['南京', '南京(红)', '红南京', 12],
  ['南京', '南京(雨花石)', '雨花石', 60],
  ['南京', '南京(十二钗)', '十二钗', 20],
  ['苏烟', '苏烟(五星红杉树)', '五星苏烟', 25],
  ['苏烟', '苏烟(软金砂)', '软金砂', 40],
  ['双喜', '双喜(硬经典)', '硬双喜', 8, true],
  ['双喜', '双喜(软珍品)', '软珍双喜', 12],
  ['双喜', '双喜(莲香)', '莲香', 6],
  ['红双喜', '红双喜(上海)', '上海红双喜', 10],
  ['红河', '红河(软甲)', '红河软甲', 7],
  ['红河', '红河(硬道)', '红河道', 12],
  ['白沙', '白沙(精品)', '精白沙', 10, true],
  ['白沙', '白沙(和天下)', '和天下', 100],
  ['白沙', '白沙(硬)', '硬白沙', 5],
  ['黄山', '黄山(红方印)', '红方印', 13],
  ['黄山', '黄山(新制皖烟)', '皖烟', 16],
  ['黄山', '黄山(天都)', '天都', 40],
  ['泰山', '泰山(红将军)', '红将军', 10],
  ['泰山', '泰山(宏图)', '泰山宏图', 13],
  ['泰山', '泰山(心悦)', '心悦', 16],
  ['七匹狼', '七匹狼(白)', '白狼', 15],
  ['七匹狼', '七匹狼(红)', '红狼', 12],
  ['娇子', '娇子(宽窄平安)', '宽窄平安', 20],
  ['娇子', '娇子(X玉)', 'X玉', 11],
  ['真龙', '真龙(起源)', '真龙起源', 16],
  ['真龙', '真龙(海韵)', '海韵', 25],
  ['长白山', '长白山(777)', '777', 12],
  ['长白山', '长白山(红)', '红长白山', 7],
  ['钻石', '钻石(荷花)', '荷花', 35],
  ['钻石', '钻石(硬蓝)', '硬钻', 8],
  ['贵烟', '贵烟(跨越)', '跨越', 30],
  ['贵烟', '贵烟(小国酒香)', '小国酒香', 30],
  ['好猫', '好猫(长乐)', '长乐', 10],
  ['好猫', '好猫(金丝猴)', '金丝猴', 8],
  ['兰州', '兰州(硬珍品)', '硬珍兰', 18],
  ['兰州', '兰州(飞天)', '飞天兰州', 12],
  ['黄金叶', '黄金叶(天叶)', '天叶', 100],
  ['黄金叶', '黄金叶(乐途)', '乐途', 15],
  ['黄金叶', '黄金叶(爱尚)', '爱尚', 10],
  ['人民大会堂', '人民大会堂(红)', '大会堂', 15],
  ['人民大会堂', '人民大会堂(细支)', '细支大会堂', 20],
  ['牡丹', '牡丹(软)', '软牡丹', 12],
  ['牡丹', '牡丹(飞马)', '飞马', 5],
  ['大前门', '大前门(短支)', '短前门', 5],
  ['红金龙', '红金龙(硬神州)', '神州', 10],
  ['红梅', '红梅(软)', '软红梅', 5],
  ['红梅', '红梅(硬黄)', '黄红梅', 6],
  ['天子', '天子(金)', '金天子', 20],
  ['金圣', '金圣(滕王阁)', '滕王阁', 15],
  ['石狮', '石狮(新)', '新石狮', 7],
  ['猴王', '猴王(硬)', '硬猴王', 6],
  ['哈德门', '哈德门(精品)', '精品哈德门', 6],
];

/** The two new brands being introduced, and the day their introduction began. */
export const DEMO_NEW_BRANDS: Record<string, string> = { '云烟(细支云龙)': '2026-07-01', '利群(新版阳光)': '2026-09-01' };
const NEW_LINES: Line[] = [
  ['云烟', '云烟(细支云龙)', '细支云龙', 22],
  ['利群', '利群(新版阳光)', '新阳光', 17],
];

/** 价类 by wholesale price per carton, the industry's bands (yuan): ≥100, ≥70, ≥30, ≥16.5, below. */
export function priceClassOf(wholesaleFen: number): number {
  if (wholesaleFen >= 10_000) return 1;
  if (wholesaleFen >= 7_000) return 2;
  if (wholesaleFen >= 3_000) return 3;
  if (wholesaleFen >= 1_650) return 4;
  return 5;
}

/** A stable id per product code, so a rebuilt demo names the same products. */
export function demoProductId(code: string): string {
  const hex = createHash('sha256').update(`fieldloop-demo-product:${code}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export const DEMO_CATALOGUE: Product[] = [...LINES, ...NEW_LINES].map(([brand, fullName, shortName, packYuan, key], index) => {
  const code = `YC${String(index + 1).padStart(4, '0')}`;
  const first12 = `6901028${String(10_000 + index * 37).padStart(5, '0')}`;
  const retailPriceFen = packYuan * 10 * 100;
  // The shop's margin is about 11.5%, in whole fen.
  const wholesalePriceFen = Math.round((retailPriceFen * 885) / 1000);
  const newBrandSince = DEMO_NEW_BRANDS[fullName] ?? null;
  return {
    id: demoProductId(code),
    code,
    barcode: `${first12}${ean13CheckDigit(first12)}`,
    brand,
    fullName,
    shortName,
    priceClass: priceClassOf(wholesalePriceFen),
    wholesalePriceFen,
    retailPriceFen,
    keyBrand: key === true || newBrandSince !== null,
    strategy: newBrandSince || key ? ProductStrategy.PROMOTE : index % 13 === 12 ? ProductStrategy.PHASE_OUT : ProductStrategy.MAINTAIN,
    supplyStatus: packYuan >= 60 ? SupplyStatus.SCARCE : packYuan >= 40 ? SupplyStatus.TIGHT : SupplyStatus.AMPLE,
    newBrandSince,
    active: true,
  };
});
