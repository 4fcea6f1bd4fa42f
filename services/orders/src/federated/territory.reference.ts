import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** customers' Territory, which orders extends with sales figures. */
@Directive('@key(fields: "id")')
@ObjectType('Territory')
export class TerritoryReference {
  @Field(() => ID)
  id: string;
}
