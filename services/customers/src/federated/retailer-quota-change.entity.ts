import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A retailer's own monthly quota (月核定量) as orders set it; null: back to its tier's, which orders does not publish. */
@Entity('retailer_quota_change')
@Index(['retailerId', 'setAt'])
export class RetailerQuotaChange {
  /** The id of the event that told it, so a replay adds nothing. */
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  retailerId: string;

  @Column({ type: 'timestamptz' })
  setAt: Date;

  /** The month it was set in (company time); it holds from that month on. */
  @Column('char', { length: 7 })
  month: string;

  @Column('int', { nullable: true })
  monthlyCartons: number | null;
}
