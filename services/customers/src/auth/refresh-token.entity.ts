import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { StaffMember } from '../staff/staff-member.entity';

/**
 * A refresh token, stored as its SHA-256 only; rotated on every use, revoked on sign-out.
 * The tokens of one sign-in share a session id, which access tokens carry as `sid`.
 */
@Entity()
export class RefreshToken {
  @PrimaryColumn('uuid')
  id: string;

  @Index()
  @Column('uuid')
  sessionId: string;

  @Index({ unique: true })
  @Column({ length: 64 })
  tokenHash: string;

  @Index()
  @Column('uuid')
  staffMemberId: string;

  @ManyToOne(() => StaffMember, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'staff_member_id' })
  staffMemberRelation?: StaffMember;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  /**
   * The token this one was traded for (its successor in the sign-in's one line of tokens);
   * null until then, and for tokens ended by a sign-out. Never shown to anyone.
   */
  @Column('uuid', { nullable: true })
  replacedById: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
