import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Read-only copy of a customers retailer: what planning and geofenced check-ins need, kept
 * from customers' events (never a call to customers at request time).
 */
@Entity()
@Index(['territoryId', 'routeSequence'])
export class RouteRetailer {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  territoryId: string;

  @Column()
  shopName: string;

  @Column({ length: 12 })
  licenceNumber: string;

  @Column('int')
  routeSequence: number;

  @Column('double precision')
  latitude: number;

  @Column('double precision')
  longitude: number;

  @Column()
  status: string;

  /** Log position of the last event applied to this row. */
  @Column('bigint')
  position: string;
}
