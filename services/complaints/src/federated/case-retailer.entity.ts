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
