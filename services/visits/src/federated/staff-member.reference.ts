import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** customers' StaffMember, which visits extends with fields of its own. */
@Directive('@key(fields: "id")')
@ObjectType('StaffMember')
export class StaffMemberReference {
  @Field(() => ID)
  id: string;
}
