import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Orders' read-only copy of a customers retailer: whether it may order (status), where it
 * belongs (territory) and its tier (档位, which sets the monthly quota). Kept from customers'
 * events, never a call to customers at request time.
 */
@Entity()
export class OrderRetailer {
  @PrimaryColumn('uuid')
  id: string;

  @Index()
  @Column('uuid')
  territoryId: string;

  @Column()
  shopName: string;

  @Column()
  status: string;

  @Column('smallint')
  tier: number;

  /** Log position of the last event applied to this row. */
  @Column('bigint')
  position: string;
}
