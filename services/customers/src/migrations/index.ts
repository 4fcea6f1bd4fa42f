// Written by `pnpm migration:generate`: every migration of this service, oldest first.
import * as m0 from './1795432366222-initial';
import * as m1 from './1795433475300-events-outbox';
import * as m2 from './1795436107837-sign-in';
import * as m3 from './1795438261804-security';
import * as m4 from './1796164940029-keyset-indexes';
import * as m5 from './1796164940030-search-trigram-indexes';
import * as m6 from './1796164976876-refresh-grace-and-idempotency-keys';
import * as m7 from './1796246391337-retailer-story';
import * as m8 from './1796302562454-contribution-computed-indicators';

export const migrations: Function[] = [
  ...Object.values(m0),
  ...Object.values(m1),
  ...Object.values(m2),
  ...Object.values(m3),
  ...Object.values(m4),
  ...Object.values(m5),
  ...Object.values(m6),
  ...Object.values(m7),
  ...Object.values(m8),
];
