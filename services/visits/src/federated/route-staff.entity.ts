import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Visits' read-only copy of customers' staff (kept from events): who is on whose team, for the scorecard's outliers. */
@Entity()
export class RouteStaff {
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
