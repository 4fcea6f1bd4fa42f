import { registerEnumType } from 'type-graphql';

export enum BusinessType {
  GROCERY = 'GROCERY',
  CONVENIENCE = 'CONVENIENCE',
  SUPERMARKET = 'SUPERMARKET',
  TOBACCO_LIQUOR = 'TOBACCO_LIQUOR',
  LEISURE = 'LEISURE',
  OTHER = 'OTHER',
}
registerEnumType(BusinessType, {
  name: 'BusinessType',
  valuesConfig: {
    GROCERY: { description: '食杂店' },
    CONVENIENCE: { description: '便利店' },
    SUPERMARKET: { description: '超市' },
    TOBACCO_LIQUOR: { description: '烟酒店' },
    LEISURE: { description: '娱乐服务' },
    OTHER: { description: '其他' },
  },
});

export enum RetailerStatus {
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
  CLOSED = 'CLOSED',
}
registerEnumType(RetailerStatus, { name: 'RetailerStatus' });

export enum TurnoverBand {
  UNDER_10K = 'UNDER_10K',
  FROM_10K_TO_30K = 'FROM_10K_TO_30K',
  FROM_30K_TO_100K = 'FROM_30K_TO_100K',
  OVER_100K = 'OVER_100K',
}
registerEnumType(TurnoverBand, { name: 'TurnoverBand', description: 'Monthly turnover band, in yuan' });
