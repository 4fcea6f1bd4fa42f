import { addMonths, formatYuan, type Localized, toSafeFen } from '@fieldloop/platform';
import {
  attainmentPercent,
  growthPercent,
  type ComputedContributionIndicator,
  type ContributionFigures,
  type ContributionIndicator,
} from './contribution.rules';

/** The ten contribution indicators (客户贡献评估十大指标) as the training material names them. */
export const CONTRIBUTION_INDICATOR_CATALOGUE: Record<ContributionIndicator, Localized<string>> = {
  returnOnInput: { ZH_CN: '公司投入与回报率', EN: "Return on the company's input" },
  targetAttainment: { ZH_CN: '销售目标商定达成率', EN: 'Agreed sales target attained' },
  monthlyVolume: { ZH_CN: '月销量', EN: 'Monthly volume' },
  growthRate: { ZH_CN: '增长率', EN: 'Growth rate' },
  shareGrowth: { ZH_CN: '市场份额增长率', EN: 'Market share growth' },
  paymentCollection: { ZH_CN: '货款回收情况', EN: 'Payment collection' },
  loyalty: { ZH_CN: '忠诚度', EN: 'Loyalty' },
  credibility: { ZH_CN: '信誉度', EN: 'Credibility' },
  promotionCooperation: { ZH_CN: '销售促进配合度', EN: 'Cooperation with promotions' },
  retailerSupport: { ZH_CN: '零售商支持度', EN: 'Support for the company' },
};

/** Integer fen (bigint text, as PostgreSQL sums it) as yuan with separators, e.g. ¥12,345.60. */
const yuan = (fen: string) => `¥${formatYuan(toSafeFen(fen), { grouped: true })}`;
const signed = (percent: number) => `${percent > 0 ? '+' : ''}${percent.toFixed(1)}%`;

/** What a computed indicator rests on, or why it could not be scored: the figures behind each. */
export const COMPUTED_INDICATOR_BASIS: {
  [K in ComputedContributionIndicator]: Localized<(figures: ContributionFigures) => string>;
} = {
  monthlyVolume: {
    ZH_CN: (f) => `${f.sourceMonth}订购${f.orderedCartons}条,金额${yuan(f.orderedFen)}`,
    EN: (f) => `${f.orderedCartons} cartons ordered in ${f.sourceMonth}, ${yuan(f.orderedFen)}`,
  },
  growthRate: {
    ZH_CN: (f) => {
      const growth = growthPercent(f);
      const base = addMonths(f.sourceMonth, -12);
      return growth === null
        ? `未评分:${base}无订单,无法计算同比增长`
        : `${f.sourceMonth}订购${f.orderedCartons}条,较${base}的${f.yearEarlierCartons}条${signed(growth)}`;
    },
    EN: (f) => {
      const growth = growthPercent(f);
      const base = addMonths(f.sourceMonth, -12);
      return growth === null
        ? `not scored: no orders in ${base} to compare with`
        : `${f.orderedCartons} cartons in ${f.sourceMonth} against ${f.yearEarlierCartons} in ${base}: ${signed(growth)}`;
    },
  },
  targetAttainment: {
    ZH_CN: (f) => {
      const attainment = attainmentPercent(f);
      return attainment === null
        ? `未评分:${f.sourceMonth}无该零售户的月核定量`
        : `${f.sourceMonth}订购${f.orderedCartons}条,月核定量${f.quotaCartons}条,达成${attainment.toFixed(1)}%`;
    },
    EN: (f) => {
      const attainment = attainmentPercent(f);
      return attainment === null
        ? `not scored: no monthly quota of its own in ${f.sourceMonth}`
        : `${f.orderedCartons} of a ${f.quotaCartons}-carton monthly quota in ${f.sourceMonth}: ${attainment.toFixed(1)}%`;
    },
  },
};
