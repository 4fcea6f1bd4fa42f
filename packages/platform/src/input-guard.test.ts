import { describe, expect, it } from '@jest/globals';
import { buildSchema } from 'graphql';
import { argumentViolations } from './input-guard';

const schema = buildSchema(`
  input Stop { retailerId: ID!, theme: String }
  input PlanInput { accountManagerId: ID!, stops: [Stop!]!, note: String }
  input Filter { territoryIds: [ID!], search: String, tierMin: Int }
  type Query { lookup(id: ID!): Int, list(filter: Filter, after: String): Int }
  type Mutation { plan(input: PlanInput!): Int }
`);
const argumentsOf = (type: 'Query' | 'Mutation', field: string) =>
  (type === 'Query' ? schema.getQueryType() : schema.getMutationType())!.getFields()[field].args;
const violations = (type: 'Query' | 'Mutation', field: string, args: Record<string, unknown>) =>
  argumentViolations(argumentsOf(type, field), args).map((violation) => [violation.field, violation.rule]);

describe('the argument check', () => {
  it('passes UUIDs and ordinary text, tabs and line breaks included', () => {
    expect(violations('Query', 'lookup', { id: '6f1c2b8e-3d4a-4b5c-8d9e-0f1a2b3c4d5e' })).toEqual([]);
    expect(violations('Query', 'list', { filter: { search: '惠民\t便利店\r\n𠀋', tierMin: 3 }, after: null })).toEqual([]);
  });

  it('names arguments by their name and fields by their path inside them', () => {
    expect(violations('Query', 'lookup', { id: '42' })).toEqual([['id', 'isUuid']]);
    expect(
      violations('Query', 'list', { filter: { territoryIds: ['6f1c2b8e-3d4a-4b5c-8d9e-0f1a2b3c4d5e', 'x'] }, after: 'a\u0000' }),
    ).toEqual([
      ['filter.territoryIds', 'isUuid'],
      ['after', 'noControlCharacters'],
    ]);
  });

  it('names the fields of a mutation input as its own, list items by position', () => {
    const args = {
      input: {
        accountManagerId: 'me',
        stops: [{ retailerId: '6f1c2b8e-3d4a-4b5c-8d9e-0f1a2b3c4d5e' }, { retailerId: 'x', theme: '\ud83d' }],
        note: '\u001b[31m',
      },
    };
    expect(violations('Mutation', 'plan', args)).toEqual([
      ['accountManagerId', 'isUuid'],
      ['stops.1.retailerId', 'isUuid'],
      ['stops.1.theme', 'wellFormed'],
      ['note', 'noControlCharacters'],
    ]);
  });

  it('says which item of a list broke the rule', () => {
    const [violation] = argumentViolations(argumentsOf('Query', 'list'), { filter: { territoryIds: ['x'] } });
    expect(violation.message).toBe('filter.territoryIds[0] must be a UUID');
  });
});
