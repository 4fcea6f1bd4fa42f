import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Case is owned by another subgraph; a story entry points at one and the gateway asks its owner for the rest. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Case')
export class CaseStub {
  @Field(() => ID)
  id: string;
}
