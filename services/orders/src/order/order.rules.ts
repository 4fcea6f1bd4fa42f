import { formatYuan } from '@fieldloop/platform';

export interface ReadBackLine {
  shortName: string;
  cartons: number;
  unitPriceFen: number;
}

export interface ReadBack {
  zhCN: string;
  en: string;
}

/**
 * The read-back (回馈) a clerk says to the retailer, as seed 000's "好的！10条翻盖玉溪": shop,
 * every product with its cartons, the total. Plain words, in both languages; amounts in yuan.
 */
export function readBackText(shopName: string, lines: ReadBackLine[]): ReadBack {
  const totalFen = lines.reduce((sum, line) => sum + line.cartons * line.unitPriceFen, 0);
  const cartons = lines.reduce((sum, line) => sum + line.cartons, 0);
  const zhLines = lines.map((line) => `${line.cartons}条${line.shortName}`).join('、');
  const enLines = lines.map((line) => `${line.cartons} carton${line.cartons === 1 ? '' : 's'} of ${line.shortName}`).join(', ');
  return {
    zhCN: `好的！${shopName}：${zhLines}，共${cartons}条，共计${formatYuan(totalFen)}元。`,
    en: `OK! ${shopName}: ${enLines}; ${cartons} carton${cartons === 1 ? '' : 's'} in all, ${formatYuan(totalFen)} yuan.`,
  };
}
