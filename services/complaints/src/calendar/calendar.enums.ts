import { registerEnumType } from 'type-graphql';

export enum CalendarDayKind {
  /** A public holiday: no working hours. */
  HOLIDAY = 'HOLIDAY',
  /** A make-up working day (调休), usually a weekend day: a normal working day's hours. */
  WORKDAY = 'WORKDAY',
}
registerEnumType(CalendarDayKind, { name: 'CalendarDayKind', description: 'A dated exception to the weekly hours' });
