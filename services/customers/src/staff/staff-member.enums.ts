import { registerEnumType } from 'type-graphql';

export enum StaffRole {
  ACCOUNT_MANAGER = 'ACCOUNT_MANAGER',
  ORDER_CLERK = 'ORDER_CLERK',
  DELIVERY_DRIVER = 'DELIVERY_DRIVER',
  MARKET_INSPECTOR = 'MARKET_INSPECTOR',
  SUPERVISOR = 'SUPERVISOR',
  ADMIN = 'ADMIN',
}
registerEnumType(StaffRole, {
  name: 'StaffRole',
  valuesConfig: {
    ACCOUNT_MANAGER: { description: '客户经理: owns territories, visits retailers' },
    ORDER_CLERK: { description: '订货员 / 电访员: takes and confirms orders' },
    DELIVERY_DRIVER: { description: '送货员: delivers orders' },
    MARKET_INSPECTOR: { description: '市管员: follows up market leads' },
    SUPERVISOR: { description: '主管: leads a team of account managers' },
    ADMIN: { description: '管理员: manages staff, territories, products, policies' },
  },
});
