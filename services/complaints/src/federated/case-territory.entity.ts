import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Complaints' read-only copy of customers' territories (kept from events): a case's region and account manager. */
@Entity()
export class CaseTerritory {
  @PrimaryColumn('uuid')
  id: string;

  @Column()
  name: string;

  @Column('uuid')
  regionId: string;

  @Index()
  @Column('uuid', { nullable: true })
  accountManagerId: string | null;

  @Column('bigint')
  position: string;
}
