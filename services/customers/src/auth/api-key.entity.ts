import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A partner system's key. The secret is shown once, at creation; only its SHA-256 is kept
 * (the secret is 256 random bits, so a fast hash is safe, unlike a password).
 */
@ObjectType({ description: "A partner system's API key (the secret itself is never shown again)" })
@Entity()
export class ApiKey {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id: string;

  @Field({ description: 'Who it is for, e.g. the ERP' })
  @Column()
  name: string;

  @Field({ description: 'The start of the key, to recognise it' })
  @Column({ length: 16 })
  prefix: string;

  @Index({ unique: true })
  @Column({ length: 64 })
  secretHash: string;

  @Field(() => [String], { description: 'What it may do, e.g. customers:read, visits:write' })
  @Column('text', { array: true })
  scopes: string[];

  @Field(() => [ID], { nullable: true, description: 'The territories it may see; null for every territory' })
  @Column('uuid', { array: true, nullable: true })
  territoryIds: string[] | null;

  @Field()
  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;

  @Field(() => ID, { nullable: true, description: 'The administrator who issued it' })
  @Column('uuid', { nullable: true })
  createdById: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
