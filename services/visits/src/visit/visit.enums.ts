import { registerEnumType } from 'type-graphql';
import { FlagKind } from '../attendance/attendance.rules';

export enum VisitStatus {
  PLANNED = 'PLANNED',
  IN_PROGRESS = 'IN_PROGRESS',
  COMPLETED = 'COMPLETED',
  MISSED = 'MISSED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(VisitStatus, { name: 'VisitStatus' });

registerEnumType(FlagKind, {
  name: 'VisitFlagKind',
  valuesConfig: {
    DISTANCE: { description: 'Checked in too far from the shop' },
    OUTSIDE_HOURS: { description: 'Checked in outside working hours' },
    SHORT_VISIT: { description: 'Shorter than the minimum visit' },
    IMPOSSIBLE_TRAVEL: { description: 'Too fast from the previous stop' },
    EMPTY_NOTES: { description: 'No real notes' },
    COPIED_NOTES: { description: "Notes nearly copied from the same manager's earlier visit" },
  },
});
export { FlagKind };
