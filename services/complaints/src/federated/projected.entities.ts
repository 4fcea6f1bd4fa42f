import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Complaints' read-only copies of customers' rows, kept from customers' events (never a call
 * at request time): where a case belongs, whose deadline is 12 or 24 hours, and who
 * supervises whom for the escalation ladder. Each row keeps the log position last applied.
 */
@Entity()
export class CaseRetailer {
  @PrimaryColumn('uuid')
  id: string;

  @Index()
  @Column('uuid')
  territoryId: string;

  @Column()
  shopName: string;

  @Column('bigint')
  position: string;
}

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

@Entity()
export class CaseRegion {
  @PrimaryColumn('uuid')
  id: string;

  @Column()
  name: string;

  /** Inside the company's own area: complaints are answered within 12 business hours, else 24. */
  @Column()
  inCompanyArea: boolean;

  @Column('bigint')
  position: string;
}

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
