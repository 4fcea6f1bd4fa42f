import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** A retailer owned by customers; visits returns references and the gateway fills the fields. */
@Directive('@key(fields: "id", resolvable: false)')
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
