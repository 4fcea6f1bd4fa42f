import { IsInt, IsISO8601, IsLatitude, IsLongitude, IsOptional, Matches, Max, Min } from 'class-validator';
import { Field, Float, Int } from 'type-graphql';

/**
 * Input fields that mean the same everywhere, each one decorator: its GraphQL type, its
 * class-validator rules and their messages (`$property` is the field's name, so the error
 * names the field it is on). `nullable` makes the field optional in GraphQL and in
 * validation alike.
 */
export interface InputFieldOptions {
  nullable?: boolean;
  description?: string;
  defaultValue?: unknown;
}

/** Mainland mobile (11 digits from 13x-19x) or landline with area code (010-12345678). */
export const PHONE_PATTERN = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/;
export const PHONE_RULE_MESSAGE = 'phone must be a mainland mobile (11 digits, 13x-19x) or a landline with area code, e.g. 0871-65123456';

/** Tobacco retail licence (专卖许可证号): exactly twelve digits. */
export const LICENCE_PATTERN = /^\d{12}$/;

/** HH:MM-HH:MM, for trading hours and delivery windows. */
export const TIME_RANGE_PATTERN = /^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d$/;

type Scalar = typeof Float | typeof Int | typeof String;

function inputField(
  type: Scalar,
  { nullable, description, defaultValue }: InputFieldOptions,
  ...rules: PropertyDecorator[]
): PropertyDecorator {
  return (target, property) => {
    // In the order the same decorators written above a property run (bottom first), so a
    // value breaking several rules reports the same first rule as before.
    for (const rule of [...rules].reverse()) rule(target, property);
    if (nullable) IsOptional()(target, property);
    Field(() => type, { nullable, description, defaultValue })(target, property);
  };
}

export const LatitudeField = (options: InputFieldOptions = {}) =>
  inputField(Float, options, IsLatitude({ message: '$property must be between -90 and 90' }));

export const LongitudeField = (options: InputFieldOptions = {}) =>
  inputField(Float, options, IsLongitude({ message: '$property must be between -180 and 180' }));

export const PhoneField = (options: InputFieldOptions = {}) =>
  inputField(String, options, Matches(PHONE_PATTERN, { message: PHONE_RULE_MESSAGE }));

export const LicenceField = (options: InputFieldOptions = {}) =>
  inputField(String, options, Matches(LICENCE_PATTERN, { message: '$property must be exactly 12 digits' }));

/** A calendar day, YYYY-MM-DD (a strict ISO 8601 date: 2026-02-30 is refused). */
export const DayField = ({ description = 'YYYY-MM-DD', ...options }: InputFieldOptions = {}) =>
  inputField(String, { description, ...options }, IsISO8601({ strict: true }, { message: '$property must be a date, YYYY-MM-DD' }));

/** HH:MM-HH:MM; `example` is shown in the message. */
export const TimeRangeField = (example: string, options: InputFieldOptions = {}) =>
  inputField(String, options, Matches(TIME_RANGE_PATTERN, { message: `$property must look like ${example}` }));

/** A whole number from `min` to `max`, both included. */
export const IntBetweenField = (min: number, max: number, options: InputFieldOptions = {}) => {
  const message = `$property must be between ${min} and ${max}`;
  return inputField(Int, options, IsInt(), Min(min, { message }), Max(max, { message }));
};
