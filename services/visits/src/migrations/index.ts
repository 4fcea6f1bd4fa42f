// Written by `pnpm migration:generate`: every migration of this service, oldest first.
import * as m0 from './1795433751110-initial';
import * as m1 from './1795434578731-plans-and-visits';
import * as m2 from './1795434784031-visit-cases';
import * as m3 from './1795434920690-report-annotations';
import * as m4 from './1796164951304-keyset-indexes';
import * as m5 from './1796164998600-idempotency-keys';
import * as m6 from './1796210017211-route-staff';

export const migrations: Function[] = [
  ...Object.values(m0),
  ...Object.values(m1),
  ...Object.values(m2),
  ...Object.values(m3),
  ...Object.values(m4),
  ...Object.values(m5),
  ...Object.values(m6),
];
