import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { CreditGrade } from '../credit/credit.enums';

/*
 * The few columns a map draws, for thousands of shops in one answer: the retailers connection
 * pages by at most 200 and carries whole retailers, so a map of a company took many requests.
 */

@ObjectType({ description: "A retailer's position and grade, for drawing a map" })
export class RetailerPosition {
  @Field(() => ID)
  id: string;

  @Field(() => Float)
  latitude: number;

  @Field(() => Float)
  longitude: number;

  @Field(() => CreditGrade, { nullable: true })
  creditGrade: CreditGrade | null;

  @Field(() => ID)
  territoryId: string;
}

@ObjectType({ description: 'The positions of the retailers matching a filter, at most `first` of them' })
export class RetailerPositions {
  @Field(() => Int, { description: 'How many retailers match, shown or not' })
  totalCount: number;

  @Field(() => [RetailerPosition], { description: 'In id order' })
  positions: RetailerPosition[];
}
