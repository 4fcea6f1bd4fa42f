import { IntBetweenField, PageArgs, PartialInput } from '@fieldloop/platform';
import { IsOptional, Length, Matches, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import type { Territory } from './territory.entity';

/** What a territory is given on creation and may change later; the update takes each as optional. */
@InputType()
class TerritoryFields implements Partial<Territory> {
  @Field()
  @Length(1, 50)
  name: string;

  @Field(() => ID)
  regionId: string;

  @Field(() => ID, { nullable: true, description: 'Must be an account manager; changing it hands the territory to another' })
  accountManagerId?: string;

  @IntBetweenField(1, 7, { defaultValue: 1 })
  visitFrequencyPerWeek: number;
}

@InputType()
export class CreateTerritoryInput extends TerritoryFields {
  @Field()
  @Matches(/^[A-Z0-9-]{2,20}$/, { message: 'code must be 2-20 capital letters, digits or dashes' })
  code: string;
}

@InputType()
export class UpdateTerritoryInput extends PartialInput(TerritoryFields) {
  @Field(() => ID)
  id: string;
}

@InputType()
export class TerritoryFilter {
  @Field(() => ID, { nullable: true })
  regionId?: string;

  @Field(() => ID, { nullable: true })
  accountManagerId?: string;

  @Field(() => ID, { nullable: true, description: "Territories of this supervisor's account managers" })
  supervisorId?: string;
}

@ArgsType()
export class TerritoriesArgs extends PageArgs {
  @Field(() => TerritoryFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: TerritoryFilter;
}
