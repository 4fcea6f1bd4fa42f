import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** customers' Retailer: visits returns references (the gateway fills the fields) and adds its own. */
@Directive('@key(fields: "id")')
@ObjectType('Retailer')
export class RetailerReference {
  @Field(() => ID)
  id: string;
}

/** customers' StaffMember, which visits extends with fields of its own. */
@Directive('@key(fields: "id")')
@ObjectType('StaffMember')
export class StaffMemberReference {
  @Field(() => ID)
  id: string;
}
