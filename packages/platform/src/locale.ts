import { registerEnumType } from 'type-graphql';

/** Languages the product speaks; catalogue texts are kept in both. */
export enum Locale {
  ZH_CN = 'ZH_CN',
  EN = 'EN',
}
registerEnumType(Locale, { name: 'Locale', description: 'Language of human-readable texts' });

export type Localized<T> = Record<Locale, T>;
