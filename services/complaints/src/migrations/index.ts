// Written by `pnpm migration:generate`: every migration of this service, oldest first.
import * as m0 from './1796191761457-initial';
import * as m1 from './1796245055612-caseorderindex';

export const migrations: Function[] = [...Object.values(m0), ...Object.values(m1)];
