import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Orders' read-only copy of a customers territory: whose it is, for sales figures per account manager. */
@Entity()
export class OrderTerritory {
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
