import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Visit is owned by another subgraph; a story entry points at one and the gateway asks its owner for the rest. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Visit')
export class VisitStub {
  @Field(() => ID)
  id: string;
}
