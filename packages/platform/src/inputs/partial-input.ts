import { IsOptional } from 'class-validator';
import { getMetadataStorage, InputType } from 'type-graphql';

/**
 * The fields of an input type, every one optional and without its default: what an update
 * input takes from the fields it shares with its create input, so their types, rules and
 * messages are written once (`class UpdateRetailerInput extends PartialInput(RetailerFields)`).
 * The validation rules are inherited (class-validator follows the prototype chain); each
 * field gains `@IsOptional()` and becomes nullable in the schema, as @nestjs/mapped-types'
 * PartialType does for Nest.
 */
export function PartialInput<T extends object>(Base: abstract new () => T): abstract new () => Partial<T> {
  @InputType(`${Base.name}Partial`)
  abstract class PartialFields extends (Base as abstract new () => object) {}

  const storage = getMetadataStorage();
  for (const field of storage.fields.filter((candidate) => candidate.target === Base)) {
    const { defaultValue: _dropped, ...typeOptions } = field.typeOptions;
    const nullable = typeOptions.nullable === 'items' || typeOptions.nullable === 'itemsAndList' ? 'itemsAndList' : true;
    storage.collectClassFieldMetadata({ ...field, target: PartialFields, typeOptions: { ...typeOptions, nullable } });
    IsOptional()(PartialFields.prototype, field.name);
  }
  return PartialFields as abstract new () => Partial<T>;
}
