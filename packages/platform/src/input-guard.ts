import { isUUID } from 'class-validator';
import {
  defaultFieldResolver,
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLFieldResolver,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { InvalidInputError, type Violation } from './errors';

/*
 * Checks that hold for every argument of every operation, from the schema's own types, so no
 * resolver states them: an `ID` is a UUID (every entity's key is one), and no string carries
 * what PostgreSQL refuses or a reader cannot display. They run before the resolver, so a bad
 * value is answered BAD_USER_INPUT and never reaches SQL.
 */

/** Every entity's id is a UUID; anything else names nothing, and PostgreSQL would reject it. */
export const isId = (value: unknown): value is string => isUUID(value);

/** C0 control characters but tab, line feed and carriage return; U+0000 is what PostgreSQL cannot store. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;
/** Half a surrogate pair without its other half: no character at all, and not encodable as UTF-8. */
const LONE_SURROGATE = /\p{Cs}/u;

function textViolation(field: string, value: string, isIdType: boolean): Violation | undefined {
  if (CONTROL_CHARACTER.test(value))
    return { field, rule: 'noControlCharacters', message: `${field} must not contain control characters such as U+0000` };
  if (LONE_SURROGATE.test(value))
    return { field, rule: 'wellFormed', message: `${field} must be well-formed Unicode (it has an unpaired surrogate)` };
  if (isIdType && !isId(value)) return { field, rule: 'isUuid', message: `${field} must be a UUID` };
  return undefined;
}

/**
 * The fields of a mutation's one `input` argument are named as its own (`territoryId`), the
 * way class-validator names them; every other argument by its name (`filter.search`).
 */
const INPUT_ARGUMENT = 'input';

const join = (path: string, name: string) => (path ? `${path}.${name}` : name);

/** `label` is what the message calls the value: the field, or one item of a list field. */
function collectViolations(type: GraphQLInputType, value: unknown, field: string, found: Violation[], label = field): void {
  if (value === null || value === undefined) return;
  if (isNonNullType(type)) return collectViolations(type.ofType, value, field, found, label);
  if (isListType(type)) {
    // Items of an input object list are fields of their own (`stops.0.retailerId`), as
    // class-validator names them; a list of ids or strings is one field.
    const objects = isInputObjectType(isNonNullType(type.ofType) ? type.ofType.ofType : type.ofType);
    (value as unknown[]).forEach((item, index) =>
      objects
        ? collectViolations(type.ofType, item, join(field, String(index)), found)
        : collectViolations(type.ofType, item, field, found, `${field}[${index}]`),
    );
    return;
  }
  if (isInputObjectType(type)) {
    for (const [name, inputField] of Object.entries(type.getFields()))
      collectViolations(inputField.type, (value as Record<string, unknown>)[name], join(field, name), found);
    return;
  }
  if (typeof value === 'string' && (type.name === 'String' || type.name === 'ID')) {
    const violation = textViolation(label, value, type.name === 'ID');
    if (violation) found.push({ ...violation, field });
  }
}

/** Everything wrong with these argument values, by the argument definitions' types. */
export function argumentViolations(definitions: readonly GraphQLArgument[], args: Record<string, unknown>): Violation[] {
  const found: Violation[] = [];
  for (const definition of definitions) {
    const unnamed = definition.name === INPUT_ARGUMENT && isInputObjectType(getNamedType(definition.type));
    collectViolations(definition.type, args[definition.name], unnamed ? '' : definition.name, found);
  }
  return found;
}

/** Whether a value of this type can hold text (a String or ID anywhere inside), so it needs the check. */
function carriesText(type: GraphQLInputType, seen = new Set<string>()): boolean {
  if (isNonNullType(type) || isListType(type)) return carriesText(type.ofType, seen);
  if (isScalarType(type)) return type.name === 'String' || type.name === 'ID';
  if (!isInputObjectType(type) || seen.has(type.name)) return false;
  seen.add(type.name);
  return Object.values(type.getFields()).some((field) => carriesText(field.type, seen));
}

type FieldResolvers = Record<string, unknown>;

/**
 * Puts the argument check in front of every resolver (and subscription's `subscribe`) of
 * `resolvers` whose field takes text, as the schema declares it. Fields without such
 * arguments are left untouched, so reading a list of rows costs nothing more.
 */
export function guardArguments(schema: GraphQLSchema, resolvers: Record<string, FieldResolvers>): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (!field.args.some((arg) => carriesText(arg.type))) continue;
      const guard =
        (resolve: GraphQLFieldResolver<unknown, unknown>): GraphQLFieldResolver<unknown, unknown> =>
        (source, args, context, info) => {
          const violations = argumentViolations(field.args, args);
          if (violations.length) throw new InvalidInputError(violations);
          return resolve(source, args, context, info);
        };
      const typeResolvers = (resolvers[type.name] ??= {});
      const current = typeResolvers[field.name] as
        GraphQLFieldResolver<unknown, unknown> | { subscribe?: GraphQLFieldResolver<unknown, unknown> } | undefined;
      if (typeof current === 'function' || current === undefined) typeResolvers[field.name] = guard(current ?? defaultFieldResolver);
      else if (current.subscribe) typeResolvers[field.name] = { ...current, subscribe: guard(current.subscribe) };
    }
  }
}
