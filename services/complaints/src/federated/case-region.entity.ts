import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Complaints' read-only copy of customers' regions (kept from events): whose deadline is 12 or 24 hours. */
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
