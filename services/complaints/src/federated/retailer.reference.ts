import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** customers' Retailer: complaints returns references (the gateway fills the fields) and adds `cases`. */
@Directive('@key(fields: "id")')
@ObjectType('Retailer')
export class RetailerReference {
  @Field(() => ID)
  id: string;
}
