import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** customers' Retailer: orders returns references (the gateway fills the fields) and adds its own. */
@Directive('@key(fields: "id")')
@ObjectType('Retailer')
export class RetailerReference {
  @Field(() => ID)
  id: string;
}
