import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** customers' Retailer: orders returns references (the gateway fills the fields) and adds its own. */
@Directive('@key(fields: "id")')
@ObjectType('Retailer')
export class RetailerReference {
  @Field(() => ID)
  id: string;
}

/** customers' StaffMember (account managers, clerks, drivers), which orders extends with sales figures. */
@Directive('@key(fields: "id")')
@ObjectType('StaffMember')
export class StaffMemberReference {
  @Field(() => ID)
  id: string;
}

/** customers' Territory, which orders extends with sales figures. */
@Directive('@key(fields: "id")')
@ObjectType('Territory')
export class TerritoryReference {
  @Field(() => ID)
  id: string;
}
