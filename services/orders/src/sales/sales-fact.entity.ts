import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { fenTransformer } from '@fieldloop/platform';

/**
 * Monthly sales of one product to one retailer, kept in the same transaction as each confirm
 * and delivery (and rebuildable from the orders by `rebuildSalesFacts`): the scorecards read
 * these few rows instead of a year of order lines.
 */
@Entity()
@Index(['accountManagerId', 'month'])
@Index(['territoryId', 'month'])
@Index(['retailerId', 'month'])
export class SalesFact {
  @PrimaryColumn({ length: 7 })
  month: string;

  @PrimaryColumn('uuid')
  retailerId: string;

  @PrimaryColumn('uuid')
  productId: string;

  @Column('uuid')
  territoryId: string;

  @Column('uuid', { nullable: true })
  accountManagerId: string | null;

  @Column()
  keyBrand: boolean;

  @Column()
  newBrand: boolean;

  /** Cartons confirmed to the retailer (回馈). */
  @Column('int', { default: 0 })
  confirmedCartons: number;

  /** Cartons the retailer accepted on delivery: the volume. */
  @Column('int', { default: 0 })
  acceptedCartons: number;

  /** Confirmed cartons of lines delivered and accepted exactly as confirmed (履约率's numerator). */
  @Column('int', { default: 0 })
  fulfilledCartons: number;

  @Column('bigint', { transformer: fenTransformer, default: 0 })
  amountFen: number;

  /** (retail − wholesale) × accepted: the retailer's gross margin. */
  @Column('bigint', { transformer: fenTransformer, default: 0 })
  marginFen: number;
}
