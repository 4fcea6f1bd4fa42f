import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** orders' Order, which complaints extends with the cases about it. */
@Directive('@key(fields: "id")')
@ObjectType('Order')
export class OrderReference {
  @Field(() => ID)
  id: string;
}
