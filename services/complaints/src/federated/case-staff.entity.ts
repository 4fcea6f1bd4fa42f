import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Complaints' read-only copy of customers' staff (kept from events): who supervises whom for the escalation ladder. */
@Entity()
export class CaseStaff {
  @PrimaryColumn('uuid')
  id: string;

  @Column()
  name: string;

  @Column()
  role: string;

  @Index()
  @Column('uuid', { nullable: true })
  supervisorId: string | null;

  @Column()
  active: boolean;

  @Column('bigint')
  position: string;
}
