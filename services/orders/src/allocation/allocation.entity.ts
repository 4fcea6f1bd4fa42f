import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Product } from '../catalogue/product.entity';

/** 月核定量 by tier (档位): retailers of tiers minTier..maxTier may order monthlyCartons a month. */
@ObjectType({ description: 'Monthly quota (月核定量) of the retailers of a range of tiers' })
@Entity()
@Check(`min_tier BETWEEN 1 AND 30 AND max_tier BETWEEN min_tier AND 30 AND monthly_cartons >= 0`)
export class QuotaRule {
  @Field(() => Int)
  @PrimaryColumn('smallint')
  minTier: number;

  @Field(() => Int)
  @Column('smallint')
  maxTier: number;

  @Field(() => Int)
  @Column('int')
  monthlyCartons: number;
}

/** One retailer's own monthly quota, replacing its tier's. */
@ObjectType({ description: "A retailer's own monthly quota, in place of its tier's rule" })
@Entity()
@Check(`monthly_cartons >= 0`)
export class RetailerQuota {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  retailerId: string;

  @Field(() => Int)
  @Column('int')
  monthlyCartons: number;

  @Field()
  @Column('text')
  reason: string;
}

/** 单品牌限量供应: how many cartons of a scarce product one retailer may order per order cycle. */
@ObjectType({ description: 'Per-retailer limit of a scarce product per order cycle (单品牌限量供应)' })
@Entity()
@Check(`cartons_per_cycle >= 0`)
export class ProductLimit {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  productId: string;

  @ManyToOne(() => Product, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'product_id' })
  productRelation?: Product;

  @Field(() => Int)
  @Column('int')
  cartonsPerCycle: number;
}

/** Who changed an allocation setting, from what to what: the history clerks and admins are asked for. */
@ObjectType({ description: 'One change of quota rules, a retailer quota or a product limit' })
@Entity()
@Index(['changedAt', 'id'])
export class AllocationChange {
  @Field(() => ID)
  @PrimaryColumn('uuid')
  id: string;

  @Field({ description: 'QUOTA_RULES, RETAILER_QUOTA or PRODUCT_LIMIT' })
  @Column({ length: 20 })
  kind: string;

  @Field(() => ID, { nullable: true, description: 'The retailer or product; none for the rule table' })
  @Index()
  @Column('uuid', { nullable: true })
  subjectId: string | null;

  @Field(() => String, { nullable: true, description: 'The previous setting, as JSON' })
  @Column('text', { nullable: true })
  previous: string | null;

  @Field({ description: 'The new setting, as JSON' })
  @Column('text')
  value: string;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  reason: string | null;

  @Field(() => String, { nullable: true, description: 'Who changed it (staff id or apikey:<id>)' })
  @Column('text', { nullable: true })
  changedBy: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  changedAt: Date;
}

/**
 * The one row per retailer-month that every order of that month consumes: `used` only moves
 * by a conditional UPDATE (`used + q <= quota`) under the row's lock, so concurrent orders can
 * never together exceed the quota.
 */
@Entity()
@Check(`used >= 0`)
export class MonthAllowance {
  @PrimaryColumn('uuid')
  retailerId: string;

  @PrimaryColumn({ length: 7, comment: 'YYYY-MM' })
  month: string;

  @Column('int')
  quota: number;

  @Column('int', { default: 0 })
  used: number;
}

/** The one row per retailer-product-cycle of a limited product, consumed like MonthAllowance. */
@Entity()
@Check(`used >= 0`)
export class CycleAllowance {
  @PrimaryColumn('uuid')
  retailerId: string;

  @PrimaryColumn('uuid')
  productId: string;

  @PrimaryColumn({ length: 8, comment: 'ISO week, YYYY-Www' })
  cycle: string;

  @Column('int')
  cap: number;

  @Column('int', { default: 0 })
  used: number;
}
