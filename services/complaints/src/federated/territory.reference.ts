import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** customers' Territory: complaints returns references (the gateway fills the fields). */
@Directive('@key(fields: "id")')
@ObjectType('Territory')
export class TerritoryReference {
  @Field(() => ID)
  id: string;
}
