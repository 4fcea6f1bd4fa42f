import { Field, Int, ObjectType } from 'type-graphql';
import { StaffMemberReference } from '../federated/staff-member.reference';
import { Case } from './case.entity';
import { OwnerRole } from './case.enums';

/** Business minutes before a deadline that count as "due soon" on the board. */
export const DUE_SOON_MINUTES = 120;
/** More open cases than this, or this many late ones, and a person is overloaded. */
export const OVERLOAD_OPEN = 8;
export const OVERLOAD_LATE = 3;

export const isOverloaded = (open: number, late: number) => open > OVERLOAD_OPEN || late >= OVERLOAD_LATE;

@ObjectType({ description: 'One owner’s open cases on the loop board: a person, or a post’s queue when nobody is assigned' })
export class LoopLane {
  @Field(() => StaffMemberReference, { nullable: true, description: 'null: the cases wait in the post’s queue' })
  owner: StaffMemberReference | null;

  @Field(() => OwnerRole)
  ownerRole: OwnerRole;

  @Field(() => Int)
  open: number;

  @Field(() => Int)
  late: number;

  @Field()
  overloaded: boolean;

  @Field(() => [Case], { description: 'Late first, then by business time left' })
  cases: Case[];
}

@ObjectType({
  description: 'The supervisor’s loop board: every open case of the team with business time left, grouped by owner, late first',
})
export class LoopBoard {
  @Field(() => Int)
  late: number;

  @Field(() => Int, { description: `Due within ${DUE_SOON_MINUTES} business minutes` })
  dueSoon: number;

  @Field(() => Int)
  waiting: number;

  @Field(() => [LoopLane], { description: 'Most late first' })
  lanes: LoopLane[];
}
