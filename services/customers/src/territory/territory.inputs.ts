import { PageArgs } from '@fieldloop/platform';
import { IsInt, IsOptional, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import type { Territory } from './territory.entity';

@InputType()
export class CreateTerritoryInput implements Partial<Territory> {
  @Field()
  @Matches(/^[A-Z0-9-]{2,20}$/, { message: 'code must be 2-20 capital letters, digits or dashes' })
  code: string;

  @Field()
  @Length(1, 50)
  name: string;

  @Field(() => ID)
  regionId: string;

  @Field(() => ID, { nullable: true, description: 'Must be an account manager' })
  accountManagerId?: string;

  @Field(() => Int, { defaultValue: 1 })
  @IsInt()
  @Min(1, { message: 'visitFrequencyPerWeek must be between 1 and 7' })
  @Max(7, { message: 'visitFrequencyPerWeek must be between 1 and 7' })
  visitFrequencyPerWeek: number;
}

@InputType()
export class UpdateTerritoryInput implements Partial<Territory> {
  @Field(() => ID)
  id: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 50)
  name?: string;

  @Field(() => ID, { nullable: true })
  regionId?: string;

  @Field(() => ID, { nullable: true, description: 'Hand the territory to another account manager' })
  accountManagerId?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'visitFrequencyPerWeek must be between 1 and 7' })
  @Max(7, { message: 'visitFrequencyPerWeek must be between 1 and 7' })
  visitFrequencyPerWeek?: number;
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
