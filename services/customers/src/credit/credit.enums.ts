import { registerEnumType } from 'type-graphql';

export enum IndicatorLevel {
  GOOD = 'GOOD',
  MEDIUM = 'MEDIUM',
  POOR = 'POOR',
}
registerEnumType(IndicatorLevel, { name: 'IndicatorLevel', description: 'Level of one credit indicator' });

export enum CreditGrade {
  A = 'A',
  B = 'B',
  C = 'C',
  D = 'D',
}
registerEnumType(CreditGrade, { name: 'CreditGrade', description: 'Credit grade (信用等级), computed from the seven indicators' });

/** The seven indicators of the credit rating (客户信用等级评选的主要指标). */
export enum CreditIndicator {
  LOCAL_RESIDENCE = 'LOCAL_RESIDENCE',
  YEARS_IN_BUSINESS = 'YEARS_IN_BUSINESS',
  SALES_GROWTH = 'SALES_GROWTH',
  ARREARS = 'ARREARS',
  SUPPLIER_CONCENTRATION = 'SUPPLIER_CONCENTRATION',
  BAD_HABITS = 'BAD_HABITS',
  CROSS_REGION_SELLING = 'CROSS_REGION_SELLING',
}
registerEnumType(CreditIndicator, { name: 'CreditIndicator' });
