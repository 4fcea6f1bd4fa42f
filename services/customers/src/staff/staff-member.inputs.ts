import { PageArgs, PartialInput, PhoneField } from '@fieldloop/platform';
import { IsBoolean, IsEnum, IsOptional, Length, Matches, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import type { StaffMember } from './staff-member.entity';
import { StaffRole } from './staff-member.enums';

const USERNAME_PATTERN = /^[a-z][a-z0-9._-]{2,31}$/;
const USERNAME_MESSAGE = 'username must be 3-32 lower-case letters, digits, dots, dashes or underscores, starting with a letter';

/** What a staff member is given on creation and may change later; the update takes each as optional. */
@InputType()
class StaffMemberFields implements Partial<StaffMember> {
  @Field()
  @Length(1, 50)
  name: string;

  @Field(() => StaffRole)
  @IsEnum(StaffRole)
  role: StaffRole;

  @PhoneField()
  phone: string;

  @Field(() => ID, { nullable: true, description: 'Must be a supervisor' })
  supervisorId?: string;

  @Field(() => ID, { nullable: true, description: 'The region an inspector, driver or order clerk covers' })
  regionId?: string;
}

@InputType()
export class CreateStaffMemberInput extends StaffMemberFields {
  @Field()
  @Matches(/^[A-Z0-9-]{2,20}$/, { message: 'employeeNumber must be 2-20 capital letters, digits or dashes' })
  employeeNumber: string;

  @Field()
  @Matches(USERNAME_PATTERN, { message: USERNAME_MESSAGE })
  username: string;
}

@InputType()
export class UpdateStaffMemberInput extends PartialInput(StaffMemberFields) {
  @Field(() => ID)
  id: string;

  @Field({ nullable: true, description: 'false ends every session of the member at once' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

@InputType()
export class StaffFilter {
  @Field(() => [StaffRole], { nullable: true })
  @IsOptional()
  @IsEnum(StaffRole, { each: true })
  roles?: StaffRole[];

  @Field(() => ID, { nullable: true })
  supervisorId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @Field({ nullable: true, description: 'Part of the name, employee number or username' })
  @IsOptional()
  @Length(1, 50)
  search?: string;
}

@ArgsType()
export class StaffMembersArgs extends PageArgs {
  @Field(() => StaffFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: StaffFilter;
}
