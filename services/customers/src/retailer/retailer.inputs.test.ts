import 'reflect-metadata';
import { describe, expect, it } from '@jest/globals';
import { flattenValidationErrors } from '@fieldloop/platform';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { CreateRetailerInput } from './retailer.inputs';

const valid = {
  licenceNumber: '530102123456',
  shopName: '惠民便利店',
  ownerName: '王建国',
  phone: '13912345678',
  address: '五华区人民中路1号',
  latitude: 25.04,
  longitude: 102.71,
  territoryId: '6f1c2b8e-3d4a-4b5c-8d9e-0f1a2b3c4d5e',
  businessType: 'CONVENIENCE',
  tier: 12,
  openedOn: '2015-06-01',
};

async function violations(input: Record<string, unknown>) {
  return flattenValidationErrors(await validate(plainToInstance(CreateRetailerInput, input), { forbidUnknownValues: false }));
}

describe('CreateRetailerInput', () => {
  it('accepts a complete, correct retailer', async () => {
    expect(await violations(valid)).toEqual([]);
  });

  it.each([
    ['licenceNumber', '53010212345', 'matches'],
    ['licenceNumber', '5301021234567', 'matches'],
    ['licenceNumber', '53010212345a', 'matches'],
    ['phone', '1391234567', 'matches'],
    ['phone', '23912345678', 'matches'],
    ['tier', 0, 'min'],
    ['tier', 31, 'max'],
    ['latitude', 90.5, 'isLatitude'],
    ['longitude', -181, 'isLongitude'],
    ['openedOn', '2015-13-01', 'isIso8601'],
    ['shopName', '', 'isLength'],
  ])('refuses %s = %p by the rule %s', async (field, value, rule) => {
    expect(await violations({ ...valid, [field]: value })).toEqual([expect.objectContaining({ field, rule })]);
  });

  it.each(['13800138000', '0871-65123456', '087165123456', '010-12345678'])('accepts the phone %s', async (phone) => {
    expect(await violations({ ...valid, phone })).toEqual([]);
  });

  it('names nested fields by their path', async () => {
    const result = await violations({ ...valid, business: { tradingHours: '7am-10pm' }, logistics: { deliveryWindow: '25:00-26:00' } });
    expect(result.map((violation) => violation.field).sort()).toEqual(['business.tradingHours', 'logistics.deliveryWindow']);
  });
});
