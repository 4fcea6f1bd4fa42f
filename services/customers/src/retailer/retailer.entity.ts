import { Authorized, Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { CUSTOMERS_READ_PERSONAL } from '../permissions';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { Territory } from '../territory/territory.entity';
import { CreditGrade } from '../credit/credit.enums';
import { BusinessProfile, LogisticsProfile, PersonalProfile } from './retailer-profile.types';
import { BusinessType, RetailerStatus } from './retailer.enums';

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A tobacco retailer (零售户) and its customer file (客户档案)' })
@Entity()
@Index(['territoryId', 'routeSequence'])
// One (column, id) index per RetailerSortField: a keyset page walks it, either direction.
@Index(['shopName', 'id'])
@Index(['licenceNumber', 'id'])
@Index(['tier', 'id'])
@Index(['routeSequence', 'id'])
@Index(['openedOn', 'id'])
@Index(['createdAt', 'id'])
@Index(['updatedAt', 'id'])
export class Retailer {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id: string;

  @Field({ description: 'Tobacco retail licence number (专卖许可证号), 12 digits, unique' })
  @Index('retailer_licence_number_trgm', { synchronize: false })
  @Column({ unique: true, length: 12 })
  licenceNumber: string;

  // Trigram (pg_trgm GIN) indexes for the search's ILIKE '%…%'; TypeORM cannot name an
  // operator class, so the migration creates them and the schema sync leaves them be.
  @Field()
  @Index('retailer_shop_name_trgm', { synchronize: false })
  @Column()
  shopName: string;

  @Field()
  @Index('retailer_owner_name_trgm', { synchronize: false })
  @Column()
  ownerName: string;

  @Field()
  @Column()
  phone: string;

  @Field()
  @Column()
  address: string;

  @Field(() => Float)
  @Column('double precision')
  latitude: number;

  @Field(() => Float)
  @Column('double precision')
  longitude: number;

  @Field(() => ID)
  @Column('uuid')
  territoryId: string;

  @ManyToOne(() => Territory, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'territory_id' })
  territoryRelation?: Territory;

  @Field(() => Int, { description: 'Position on the territory route (线路顺序), from 1' })
  @Column('int')
  routeSequence: number;

  @Field(() => BusinessType)
  @Column({ type: 'enum', enum: BusinessType, enumName: 'business_type' })
  businessType: BusinessType;

  @Field(() => Int, { description: 'Tier (档位), 1-30: higher sells more' })
  @Column('smallint')
  tier: number;

  @Field(() => RetailerStatus)
  @Column({ type: 'enum', enum: RetailerStatus, enumName: 'retailer_status', default: RetailerStatus.ACTIVE })
  status: RetailerStatus;

  @Field(() => String, { nullable: true, description: 'Why the status last changed (for SUSPENDED and CLOSED)' })
  @Column('text', { nullable: true })
  statusReason: string | null;

  @Field({ description: 'Date the shop opened, YYYY-MM-DD' })
  @Column('date')
  openedOn: string;

  @Field(() => BusinessProfile)
  @Column(() => BusinessProfile, { prefix: 'business' })
  business: BusinessProfile;

  @Authorized(CUSTOMERS_READ_PERSONAL)
  @Field(() => PersonalProfile)
  @Column(() => PersonalProfile, { prefix: 'personal' })
  personal: PersonalProfile;

  @Field(() => LogisticsProfile)
  @Column(() => LogisticsProfile, { prefix: 'logistics' })
  logistics: LogisticsProfile;

  @Field(() => CreditGrade, { nullable: true, description: 'Grade of the latest credit assessment; null until assessed' })
  @Index()
  @Column({ type: 'enum', enum: CreditGrade, enumName: 'credit_grade', nullable: true })
  creditGrade: CreditGrade | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  creditAssessedAt: Date | null;

  @Field({ description: 'Last change to the customer file; the scorecard counts files kept up to date' })
  @Column({ type: 'timestamptz' })
  profileUpdatedAt: Date;

  @Field(() => Int, { description: 'Optimistic-lock version: pass it back as expectedVersion when updating' })
  @VersionColumn()
  version: number;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
