import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Orders' read-only copy of customers' staff (kept from events): who may take an order out for delivery. */
@Entity()
export class OrderStaff {
  @PrimaryColumn('uuid')
  id: string;

  @Column()
  role: string;

  @Column()
  active: boolean;

  @Column('bigint')
  position: string;
}
