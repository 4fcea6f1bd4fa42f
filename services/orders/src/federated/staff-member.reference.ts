import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** customers' StaffMember (account managers, clerks, drivers), which orders extends with sales figures. */
@Directive('@key(fields: "id")')
@ObjectType('StaffMember')
export class StaffMemberReference {
  @Field(() => ID)
  id: string;
}
