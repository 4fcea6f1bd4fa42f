import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A caller's idempotency key and the create it stands for, in each service's own schema
 * (like the outbox). Written in the same transaction as the create, so neither exists without
 * the other; the primary key makes two concurrent requests with one key a single create.
 */
@Entity('idempotency_key')
export class IdempotencyKeyRecord {
  /** Whose key it is: a staff member's id or `apikey:<id>` (keys of different callers never meet). */
  @PrimaryColumn('text')
  subject: string;

  @PrimaryColumn({ length: 128 })
  key: string;

  /** The mutation it was used with, e.g. createVisitPlan. */
  @Column({ length: 100 })
  operation: string;

  /** SHA-256 of the mutation and its arguments: the same key with another request is a CONFLICT. */
  @Column({ length: 64 })
  fingerprint: string;

  /** What the create made (or changed): a replay answers with it. */
  @Column('uuid', { nullable: true })
  resultId: string | null;

  @Index()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
