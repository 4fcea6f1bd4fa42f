import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Read-only copy of a customers territory: whose route it is. */
@Entity()
export class RouteTerritory {
  @PrimaryColumn('uuid')
  id: string;

  @Column()
  name: string;

  @Column('uuid')
  regionId: string;

  @Index()
  @Column('uuid', { nullable: true })
  accountManagerId: string | null;

  @Column('smallint')
  visitFrequencyPerWeek: number;

  @Column('bigint')
  position: string;
}
