import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One order's volume as orders published it, for the computed contribution indicators. Kept
 * per order, not per month, so a redelivered or replayed order adds nothing and a cancelled
 * one drops out of its month.
 */
@Entity('ordered_volume')
@Index(['retailerId', 'month'])
export class OrderedVolume {
  @PrimaryColumn('uuid')
  orderId: string;

  @Column('uuid')
  retailerId: string;

  /** The order's month in company time, as orders counts it against the quota. */
  @Column('char', { length: 7 })
  month: string;

  @Column('int')
  cartons: number;

  /** Integer fen: bigint comes back from PostgreSQL as a string, as orders' totals travel. */
  @Column('bigint')
  amountFen: string;

  @Column('boolean', { default: false })
  cancelled: boolean;
}
