import type { Localized } from '@fieldloop/platform';
import type { ContributionIndicator } from './contribution.rules';

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
