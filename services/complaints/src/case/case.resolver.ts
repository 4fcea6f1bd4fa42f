import {
  ConnectionType,
  type Context,
  IdempotencyKey,
  type Idempotent,
  Locale,
  type ListSelection,
  Reads,
  Selection,
} from '@fieldloop/platform';
import { Arg, Args, Authorized, Ctx, FieldResolver, Float, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { businessMinutesBetween } from '../calendar/business-time.rules';
import { requestCalendar } from '../calendar/calendar.service';
import { CaseRetailer } from '../federated/case-retailer.entity';
import { RetailerReference } from '../federated/retailer.reference';
import { StaffMemberReference } from '../federated/staff-member.reference';
import { COMPLAINTS_READ, COMPLAINTS_WRITE } from '../permissions';
import { CaseEntry } from './case-entry.entity';
import { Case } from './case.entity';
import { CaseAction, CaseKind, CaseStatus } from './case.enums';
import { CaseActionInput, CaseMessageInput, CasesArgs, RaiseCaseInput } from './case.inputs';
import { CaseService } from './case.service';
import { Escalation } from './escalation.entity';
import { replyTemplate } from './reply-template.catalogue';

export const CaseConnection = ConnectionType(Case, 'Case');

@Resolver(() => Case)
export class CaseResolver {
  @Authorized(COMPLAINTS_READ)
  @Query(() => Case)
  case(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<Case> {
    return new CaseService(context).get(id);
  }

  @Authorized(COMPLAINTS_READ)
  @Query(() => CaseConnection, { description: 'Cases in scope, newest first, filtered' })
  cases(@Args() args: CasesArgs, @Selection() selection: ListSelection, @Ctx() context: Context) {
    return new CaseService(context).list(args, selection);
  }

  @Authorized(COMPLAINTS_WRITE)
  @Mutation(() => Case, { description: 'Raise a case: routed to its post and person, with business-time deadlines' })
  raiseCase(@Arg('input') input: RaiseCaseInput, @IdempotencyKey() idempotent: Idempotent, @Ctx() context: Context): Promise<Case> {
    return idempotent(Case, () => new CaseService(context).raise(input));
  }

  @Authorized(COMPLAINTS_WRITE)
  @Mutation(() => Case, { description: 'One step of the status machine; an illegal one is refused naming the allowed ones' })
  actOnCase(@Arg('input') input: CaseActionInput, @Ctx() context: Context): Promise<Case> {
    return new CaseService(context).act(input);
  }

  @Authorized(COMPLAINTS_WRITE)
  @Mutation(() => Case, { description: 'Say something on the case’s timeline (not an answer: that is RESPOND)' })
  addCaseMessage(@Arg('input') input: CaseMessageInput, @Ctx() context: Context): Promise<Case> {
    return new CaseService(context).addMessage(input);
  }

  @Authorized(COMPLAINTS_READ)
  @FieldResolver(() => [CaseAction], { description: 'What the caller can do to the case now' })
  allowedActions(@Root() row: Case, @Ctx() context: Context): Promise<CaseAction[]> {
    return new CaseService(context).allowedActions(row);
  }

  @Authorized(COMPLAINTS_READ)
  @FieldResolver(() => [CaseEntry], { description: 'Who said or did what, to whom, when and why, oldest first' })
  @Reads('id')
  timeline(@Root() row: Case, @Ctx() context: Context): Promise<CaseEntry[]> {
    return context.loaders.manyBy(CaseEntry, 'caseId', { at: 'ASC' }).load(row.id);
  }

  @Authorized(COMPLAINTS_READ)
  @FieldResolver(() => [Escalation], { description: 'Every rung of the ladder that fired, in order' })
  @Reads('id')
  escalations(@Root() row: Case, @Ctx() context: Context): Promise<Escalation[]> {
    return context.loaders.manyBy(Escalation, 'caseId', { firedAt: 'ASC' }).load(row.id);
  }

  @Authorized(COMPLAINTS_READ)
  @FieldResolver(() => Float, {
    nullable: true,
    description: 'Business minutes left to the answer (negative: late); null once answered',
  })
  @Reads('answeredAt', 'respondDueAt', 'regionId')
  async respondMinutesLeft(@Root() row: Case, @Ctx() context: Context): Promise<number | null> {
    if (row.answeredAt) return null;
    return Math.round(businessMinutesBetween(await requestCalendar(context, row.regionId), new Date(), row.respondDueAt));
  }

  @Authorized(COMPLAINTS_READ)
  @FieldResolver(() => Float, {
    nullable: true,
    description:
      'Business minutes left to closing (negative: late); while waiting on the retailer, what the paused clock holds; null once closed',
  })
  @Reads('status', 'resolveDueAt', 'resolvePausedMinutesLeft', 'regionId')
  async resolveMinutesLeft(@Root() row: Case, @Ctx() context: Context): Promise<number | null> {
    if (row.status === CaseStatus.CLOSED) return null;
    if (row.status === CaseStatus.WAITING_ON_RETAILER) return Math.round(row.resolvePausedMinutesLeft ?? 0);
    return Math.round(businessMinutesBetween(await requestCalendar(context, row.regionId), new Date(), row.resolveDueAt));
  }

  @Authorized(COMPLAINTS_READ)
  @FieldResolver(() => [String], { description: 'The five-part answer to a complaint, to fill in; empty for other kinds' })
  @Reads('kind', 'retailerId')
  async replyTemplate(
    @Root() row: Case,
    @Ctx() context: Context,
    @Arg('locale', () => Locale, { defaultValue: Locale.ZH_CN }) locale: Locale,
  ): Promise<string[]> {
    if (row.kind !== CaseKind.COMPLAINT) return [];
    const shop = row.retailerId ? (await context.loaders.byId(CaseRetailer).load(row.retailerId))?.shopName : undefined;
    return replyTemplate(locale, shop ?? (locale === Locale.ZH_CN ? '店主' : 'retailer'));
  }

  @Authorized(COMPLAINTS_READ)
  @FieldResolver(() => RetailerReference, { nullable: true })
  @Reads('retailerId')
  retailer(@Root() row: Case): RetailerReference | null {
    return row.retailerId ? { id: row.retailerId } : null;
  }

  @Authorized(COMPLAINTS_READ)
  @FieldResolver(() => StaffMemberReference, { nullable: true })
  @Reads('assigneeId')
  assignee(@Root() row: Case): StaffMemberReference | null {
    return row.assigneeId ? { id: row.assigneeId } : null;
  }

  @Authorized(COMPLAINTS_READ)
  @FieldResolver(() => StaffMemberReference, { nullable: true })
  @Reads('reporterId')
  reporter(@Root() row: Case): StaffMemberReference | null {
    return row.reporterId ? { id: row.reporterId } : null;
  }
}
