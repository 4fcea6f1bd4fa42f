import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** customers' StaffMember, which complaints extends with assigned cases and loop figures. */
@Directive('@key(fields: "id")')
@ObjectType('StaffMember')
export class StaffMemberReference {
  @Field(() => ID)
  id: string;
}
