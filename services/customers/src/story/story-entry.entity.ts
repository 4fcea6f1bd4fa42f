import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { StoryKind } from './story.enums';

@ObjectType('StoryParam', { description: 'One named value of a story sentence' })
export class StoryParam {
  @Field()
  name: string;

  @Field()
  value: string;
}

/**
 * One entry of a retailer's story, kept from the event that told it. Its id is the event's
 * id, so a replayed event finds its entry already there and adds nothing.
 */
@ObjectType({ description: "One entry of a retailer's story: what happened, when, by whom, and what it points at" })
@Entity('retailer_story')
@Index(['retailerId', 'occurredAt', 'id'])
export class StoryEntry {
  @Field(() => ID, { description: 'The id of the event this entry was made from' })
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  retailerId: string;

  @Field()
  @Column({ type: 'timestamptz' })
  occurredAt: Date;

  @Field({ description: 'The event type, e.g. visits.visit.finished' })
  @Column('text')
  type: string;

  @Field(() => StoryKind)
  @Column({ type: 'enum', enum: StoryKind, enumName: 'story_kind' })
  kind: StoryKind;

  @Field({ description: 'Names the sentence the portal shows, in the reader’s language (no sentence is stored)' })
  @Column('text')
  summaryCode: string;

  @Field(() => [StoryParam], { description: 'The values the sentence names' })
  @Column('jsonb')
  summaryParams: StoryParam[];

  @Column('uuid', { nullable: true })
  actorId: string | null;

  @Column('uuid', { nullable: true })
  visitId: string | null;

  @Column('uuid', { nullable: true })
  orderId: string | null;

  @Column('uuid', { nullable: true })
  caseId: string | null;
}
