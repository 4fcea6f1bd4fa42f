import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** customers' Retailer: complaints returns references (the gateway fills the fields) and adds `cases`. */
@Directive('@key(fields: "id")')
@ObjectType('Retailer')
export class RetailerReference {
  @Field(() => ID)
  id: string;
}

/** customers' StaffMember, which complaints extends with assigned cases and loop figures. */
@Directive('@key(fields: "id")')
@ObjectType('StaffMember')
export class StaffMemberReference {
  @Field(() => ID)
  id: string;
}

/** visits' Visit, which complaints extends with the cases raised on it. */
@Directive('@key(fields: "id")')
@ObjectType('Visit')
export class VisitReference {
  @Field(() => ID)
  id: string;
}
