import 'reflect-metadata';
import { describe, expect, it } from '@jest/globals';
import { plainToInstance } from 'class-transformer';
import { Length, validate } from 'class-validator';
import { printType, type GraphQLInputObjectType } from 'graphql';
import { Arg, buildSchema, Field, ID, InputType, Query, Resolver } from 'type-graphql';
import { flattenValidationErrors } from '../errors';
import { DayField, IntBetweenField, LatitudeField, PhoneField } from './fields';
import { PartialInput } from './partial-input';

@InputType()
class ShopFields {
  @Field()
  @Length(1, 20)
  name: string;

  @PhoneField()
  phone: string;

  @LatitudeField()
  latitude: number;

  @IntBetweenField(1, 7, { defaultValue: 1 })
  visitsPerWeek: number;

  @DayField({ nullable: true })
  openedOn?: string;
}

@InputType()
class CreateShopInput extends ShopFields {}

@InputType()
class UpdateShopInput extends PartialInput(ShopFields) {
  @Field(() => ID)
  id: string;
}

@Resolver()
class ShopResolver {
  @Query(() => Boolean)
  createShop(@Arg('input') _input: CreateShopInput): boolean {
    return true;
  }

  @Query(() => Boolean)
  updateShop(@Arg('input') _input: UpdateShopInput): boolean {
    return true;
  }
}

const violations = async (type: new () => object, input: Record<string, unknown>) =>
  flattenValidationErrors(await validate(plainToInstance(type, input), { forbidUnknownValues: false }));

const valid = { name: 'Shop', phone: '13912345678', latitude: 25.04, visitsPerWeek: 2 };

describe('input field decorators', () => {
  it.each([
    ['phone', '1391234567', 'matches', /^phone must be a mainland mobile/],
    ['latitude', 91, 'isLatitude', /^latitude must be between -90 and 90$/],
    ['visitsPerWeek', 8, 'max', /^visitsPerWeek must be between 1 and 7$/],
    ['visitsPerWeek', 0, 'min', /^visitsPerWeek must be between 1 and 7$/],
    ['openedOn', '2026-02-30', 'isIso8601', /^openedOn must be a date, YYYY-MM-DD$/],
  ])('refuses %s = %p by the rule %s, naming the field', async (field, value, rule, message) => {
    expect(await violations(CreateShopInput, { ...valid, [field]: value })).toEqual([
      expect.objectContaining({ field, rule, message: expect.stringMatching(message) }),
    ]);
  });

  it('takes a nullable field as optional', async () => {
    expect(await violations(CreateShopInput, valid)).toEqual([]);
  });
});

describe('PartialInput', () => {
  it('makes every shared field optional, keeping its rules and messages', async () => {
    expect(await violations(UpdateShopInput, { id: 'x' })).toEqual([]);
    expect(await violations(UpdateShopInput, { id: 'x', phone: '123' })).toEqual([
      expect.objectContaining({ field: 'phone', rule: 'matches' }),
    ]);
    expect(await violations(UpdateShopInput, { id: 'x', visitsPerWeek: 9 })).toEqual([
      expect.objectContaining({ field: 'visitsPerWeek', rule: 'max', message: 'visitsPerWeek must be between 1 and 7' }),
    ]);
  });

  it('leaves the create input as it was', async () => {
    expect(await violations(CreateShopInput, {})).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'name' }), expect.objectContaining({ field: 'phone' })]),
    );
  });

  it('prints the update with nullable fields and no defaults, the create unchanged', async () => {
    const schema = await buildSchema({ resolvers: [ShopResolver], validate: false, authChecker: () => true });
    expect(printType(schema.getType('CreateShopInput') as GraphQLInputObjectType)).toBe(
      [
        'input CreateShopInput {',
        '  name: String!',
        '  phone: String!',
        '  latitude: Float!',
        '  visitsPerWeek: Int! = 1',
        '',
        '  """YYYY-MM-DD"""',
        '  openedOn: String',
        '}',
      ].join('\n'),
    );
    expect(printType(schema.getType('UpdateShopInput') as GraphQLInputObjectType)).toBe(
      [
        'input UpdateShopInput {',
        '  name: String',
        '  phone: String',
        '  latitude: Float',
        '  visitsPerWeek: Int',
        '',
        '  """YYYY-MM-DD"""',
        '  openedOn: String',
        '  id: ID!',
        '}',
      ].join('\n'),
    );
    expect(schema.getType('ShopFields')).toBeUndefined();
  });
});
