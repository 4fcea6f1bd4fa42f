import { registerEnumType } from 'type-graphql';

export enum DeadlineClock {
  /** Until the first real answer. */
  RESPOND = 'RESPOND',
  /** Until the case is closed; paused while waiting on the retailer. */
  RESOLVE = 'RESOLVE',
}
registerEnumType(DeadlineClock, { name: 'DeadlineClock' });
