import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Orders' read-only copy of customers' staff (kept from events): who may take an order out for delivery, and who is on whose team (the sales outliers). */
@Entity()
export class OrderStaff {
  @PrimaryColumn('uuid')
  id: string;

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
