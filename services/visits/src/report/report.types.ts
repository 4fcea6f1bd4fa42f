import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { VisitFigures } from '../visit/visit-figures.service';
import { Visit } from '../visit/visit.entity';
import { FlagKind } from '../visit/visit.enums';
import { ReportAnnotation } from './report-annotation.entity';
import { StaffMemberReference } from '../federated/staff-member.reference';

@ObjectType()
export class FlagCount {
  @Field(() => FlagKind)
  kind: FlagKind;

  @Field(() => Int)
  count: number;
}

@ObjectType()
export class ProductQuantity {
  @Field()
  product: string;

  @Field(() => Int, { description: 'Cartons' })
  quantity: number;

  @Field(() => Int, { description: 'Visits it came up in' })
  visits: number;
}

@ObjectType({ description: 'The work log (工作日志) of one account manager for one day, generated from the visits' })
export class WorkLog {
  @Field({ description: 'YYYY-MM-DD' })
  date: string;

  @Field(() => ID)
  accountManagerId: string;

  @Field(() => StaffMemberReference)
  accountManager: StaffMemberReference;

  @Field(() => [Visit], { description: 'The day’s visits in route order' })
  visits: Visit[];

  @Field(() => Int)
  planned: number;

  @Field(() => Int)
  completed: number;

  @Field(() => Int)
  missed: number;

  @Field(() => Int)
  cancelled: number;

  @Field(() => [FlagCount])
  flags: FlagCount[];

  @Field(() => Float, { nullable: true, description: 'Minutes from the first check-in to the last check-out' })
  fieldMinutes: number | null;

  @Field(() => ReportAnnotation, { nullable: true })
  annotation: ReportAnnotation | null;
}

@ObjectType({ description: 'The monthly market report (月市场分析报告) of one account manager, generated from the visits' })
export class MonthlyReport {
  @Field({ description: 'YYYY-MM' })
  month: string;

  @Field(() => ID)
  accountManagerId: string;

  @Field(() => StaffMemberReference)
  accountManager: StaffMemberReference;

  @Field(() => VisitFigures)
  figures: VisitFigures;

  @Field(() => [FlagCount])
  flags: FlagCount[];

  @Field(() => Float, { nullable: true, description: 'Average satisfaction of completed visits, 1-5' })
  satisfactionAverage: number | null;

  @Field(() => [ProductQuantity], { description: 'Non-channel or counterfeit cigarettes seen, by product' })
  nonChannelSightings: ProductQuantity[];

  @Field(() => [ProductQuantity], { description: 'Order intent passed to the order clerks, by product' })
  orderIntent: ProductQuantity[];

  @Field(() => Int, { description: 'Complaints, suggestions and remarks handed to the complaints service' })
  casesRaised: number;

  @Field(() => Int)
  promisesMade: number;

  @Field(() => Int)
  promisesKept: number;

  @Field(() => [String], { description: 'Market and competitor notes of the month, newest first' })
  marketNotes: string[];

  @Field(() => ReportAnnotation, { nullable: true })
  annotation: ReportAnnotation | null;
}
