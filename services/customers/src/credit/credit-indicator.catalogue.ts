import type { Localized } from '@fieldloop/platform';
import { type CreditIndicator, type IndicatorLevel } from './credit.enums';

export interface IndicatorText {
  question: string;
  levels: Record<IndicatorLevel, string>;
}

/** The questions and level labels of the credit rating, as the training material words them. */
export const CREDIT_INDICATOR_CATALOGUE: Record<CreditIndicator, Localized<IndicatorText>> = {
  LOCAL_RESIDENCE: {
    ZH_CN: { question: '户口是否是本地?', levels: { GOOD: '常驻本地户口', MEDIUM: '从外地迁来本地3年以下', POOR: '外来暂住户口' } },
    EN: {
      question: 'Local household registration?',
      levels: { GOOD: 'permanent local resident', MEDIUM: 'moved here less than 3 years ago', POOR: 'temporary resident from elsewhere' },
    },
  },
  YEARS_IN_BUSINESS: {
    ZH_CN: { question: '经营年数是否超过3年?', levels: { GOOD: '3年以上', MEDIUM: '1-2年', POOR: '刚开始' } },
    EN: {
      question: 'In business for more than 3 years?',
      levels: { GOOD: 'more than 3 years', MEDIUM: '1-2 years', POOR: 'just started' },
    },
  },
  SALES_GROWTH: {
    ZH_CN: { question: '前3年销售增长率是否较快?', levels: { GOOD: '超过35%', MEDIUM: '20%-34%', POOR: '小于20%' } },
    EN: { question: 'Sales growth over the last 3 years?', levels: { GOOD: 'over 35%', MEDIUM: '20-34%', POOR: 'under 20%' } },
  },
  ARREARS: {
    ZH_CN: { question: '是否拖欠其它企业的货款?', levels: { GOOD: '从无拖欠', MEDIUM: '良性拖欠', POOR: '严重不良拖欠' } },
    EN: { question: 'Arrears with other suppliers?', levels: { GOOD: 'never', MEDIUM: 'benign arrears', POOR: 'serious bad debts' } },
  },
  SUPPLIER_CONCENTRATION: {
    ZH_CN: { question: '是否有重点地销售一家企业的产品?', levels: { GOOD: '单一产品销售量占50%以上', MEDIUM: '30%-49%', POOR: '小于30%' } },
    EN: { question: "Share of one supplier's products in sales?", levels: { GOOD: 'over 50%', MEDIUM: '30-49%', POOR: 'under 30%' } },
  },
  BAD_HABITS: {
    ZH_CN: {
      question: '是否有不良生活嗜好?',
      levels: { GOOD: '无不良嗜好', MEDIUM: '稍有不良嗜好', POOR: '有不良嗜好(赌博、吸毒、酗酒等)' },
    },
    EN: { question: 'Bad habits?', levels: { GOOD: 'none', MEDIUM: 'some', POOR: 'gambling, drugs, heavy drinking' } },
  },
  CROSS_REGION_SELLING: {
    ZH_CN: { question: '是否存在跨地区窜货现象?', levels: { GOOD: '没有', MEDIUM: '良性', POOR: '有' } },
    EN: { question: 'Selling across regions (窜货)?', levels: { GOOD: 'no', MEDIUM: 'benign', POOR: 'yes' } },
  },
};
