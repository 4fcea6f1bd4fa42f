import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** visits' Visit, which complaints extends with the cases raised on it. */
@Directive('@key(fields: "id")')
@ObjectType('Visit')
export class VisitReference {
  @Field(() => ID)
  id: string;
}
