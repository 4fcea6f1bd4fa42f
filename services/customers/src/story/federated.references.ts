import { Directive, Field, ID, ObjectType } from 'type-graphql';

/*
 * Stubs of the entities other subgraphs own, so a story entry can point at them: the gateway
 * asks visits, orders or complaints for the rest. customers cannot resolve them itself.
 */

@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Visit')
export class VisitStub {
  @Field(() => ID)
  id: string;
}

@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Order')
export class OrderStub {
  @Field(() => ID)
  id: string;
}

@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Case')
export class CaseStub {
  @Field(() => ID)
  id: string;
}
