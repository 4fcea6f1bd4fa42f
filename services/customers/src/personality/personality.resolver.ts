import { Locale } from '@fieldloop/platform';
import { Arg, Authorized, Field, ObjectType, Query, Resolver } from 'type-graphql';
import { CUSTOMERS_READ } from '../permissions';
import { PERSONALITY_CATALOGUE } from './personality.catalogue';
import { PersonalityType } from './personality.enums';

@ObjectType({ description: 'A customer personality type with its signs and the advised approach (如何应对)' })
export class PersonalityProfile {
  @Field(() => PersonalityType)
  type: PersonalityType;

  @Field()
  name: string;

  @Field(() => [String], { description: '特征' })
  traits: string[];

  @Field(() => [String], { description: '行为表现' })
  behaviours: string[];

  @Field(() => [String], { description: '如何应对' })
  approach: string[];
}

export function personalityProfile(type: PersonalityType, locale: Locale): PersonalityProfile {
  return { type, ...PERSONALITY_CATALOGUE[type][locale] };
}

@Resolver()
export class PersonalityResolver {
  @Authorized(CUSTOMERS_READ)
  @Query(() => [PersonalityProfile], { description: 'The eight personality types, in the order of the training material' })
  personalityTypes(@Arg('locale', () => Locale, { defaultValue: Locale.ZH_CN }) locale: Locale): PersonalityProfile[] {
    return Object.values(PersonalityType).map((type) => personalityProfile(type, locale));
  }
}
