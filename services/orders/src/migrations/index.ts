// Written by `pnpm migration:generate`: every migration of this service, oldest first.
import * as m0 from './1796191191356-initial';
import * as m1 from './1796191191357-default-quota-rules';
import * as m2 from './1796193513606-foreign-keys';
import * as m3 from './1796211051037-order-staff';
import * as m4 from './1796245073464-order-staff-supervisor';

export const migrations: Function[] = [
  ...Object.values(m0),
  ...Object.values(m1),
  ...Object.values(m2),
  ...Object.values(m3),
  ...Object.values(m4),
];
