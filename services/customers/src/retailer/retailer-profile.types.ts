import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { IsBoolean, IsEnum, IsInt, IsOptional, Length, Max, Min } from 'class-validator';
import { Column } from 'typeorm';
import { PersonalityType } from '../personality/personality.enums';
import { TurnoverBand } from './retailer.enums';
import { DayField, TimeRangeField } from '@fieldloop/platform';

/*
 * Three of the five groups of the customer file (客户档案) are stored as embedded columns
 * of the retailer; basic details are the retailer's own columns and the commercial record
 * is derived by the subgraphs that own orders, visits and cases.
 */

@ObjectType('RetailerBusinessProfile', { description: 'Business details (经营信息)' })
export class BusinessProfile {
  @Field(() => String, { nullable: true, description: 'Business plans and intentions' })
  @Column('text', { nullable: true })
  plan: string | null;

  @Field(() => String, { nullable: true, description: 'Trading hours, HH:MM-HH:MM' })
  @Column('varchar', { nullable: true })
  tradingHours: string | null;

  @Field(() => Int, { nullable: true, description: 'Shop floor area in square metres' })
  @Column('int', { nullable: true })
  shopAreaSqm: number | null;

  @Field(() => TurnoverBand, { nullable: true })
  @Column({ type: 'enum', enum: TurnoverBand, enumName: 'turnover_band', nullable: true })
  monthlyTurnoverBand: TurnoverBand | null;
}

@ObjectType('RetailerPersonalProfile', {
  description: 'Personal details (个人信息), kept for the company so a new account manager can take over the customer',
})
export class PersonalProfile {
  @Field(() => String, { nullable: true, description: "Owner's birthday, YYYY-MM-DD" })
  @Column('date', { nullable: true })
  ownerBirthday: string | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  interests: string | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  preferences: string | null;

  @Field(() => PersonalityType, { nullable: true, description: '客户类型: one of the eight personality types' })
  @Column({ type: 'enum', enum: PersonalityType, enumName: 'personality_type', nullable: true })
  personalityType: PersonalityType | null;
}

@ObjectType('RetailerLogistics', { description: 'Logistics details (物流信息)' })
export class LogisticsProfile {
  @Field(() => String, { nullable: true, description: 'Preferred delivery window, HH:MM-HH:MM' })
  @Column('varchar', { nullable: true })
  deliveryWindow: string | null;

  @Field()
  @Column({ default: false })
  priorityDelivery: boolean;

  @Field(() => String, { nullable: true, description: 'Instructions for the delivery driver' })
  @Column('text', { nullable: true })
  instructions: string | null;
}

@InputType()
export class BusinessProfileInput implements Partial<BusinessProfile> {
  @Field({ nullable: true })
  @IsOptional()
  @Length(0, 2000)
  plan?: string;

  @TimeRangeField('07:30-22:00', { nullable: true })
  tradingHours?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100000)
  shopAreaSqm?: number;

  @Field(() => TurnoverBand, { nullable: true })
  @IsOptional()
  @IsEnum(TurnoverBand)
  monthlyTurnoverBand?: TurnoverBand;
}

@InputType()
export class PersonalProfileInput implements Partial<PersonalProfile> {
  @DayField({ nullable: true })
  ownerBirthday?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(0, 1000)
  interests?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(0, 1000)
  preferences?: string;

  @Field(() => PersonalityType, { nullable: true })
  @IsOptional()
  @IsEnum(PersonalityType)
  personalityType?: PersonalityType;
}

@InputType()
export class LogisticsProfileInput implements Partial<LogisticsProfile> {
  @TimeRangeField('09:00-12:00', { nullable: true })
  deliveryWindow?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  priorityDelivery?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @Length(0, 1000)
  instructions?: string;
}
