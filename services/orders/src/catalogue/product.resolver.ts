import { randomUUID } from 'node:crypto';
import { type Context, InvalidInputError } from '@fieldloop/platform';
import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { ORDERS_MANAGE, ORDERS_READ } from '../permissions';
import { isValidEan13 } from './ean13.rules';
import { Product } from './product.entity';
import { ProductInput } from './product.inputs';

@Resolver(() => Product)
export class ProductResolver {
  @Authorized(ORDERS_READ)
  @Query(() => [Product], { description: 'The catalogue by code; inactive products only when asked' })
  products(
    @Arg('includeInactive', () => Boolean, { nullable: true }) includeInactive: boolean | undefined,
    @Ctx() context: Context,
  ): Promise<Product[]> {
    return context.dataSource.getRepository(Product).find({ where: includeInactive ? {} : { active: true }, order: { code: 'ASC' } });
  }

  @Authorized(ORDERS_READ)
  @Query(() => Product)
  product(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<Product> {
    return context.loaders.loadOrFail(Product, id);
  }

  @Authorized(ORDERS_MANAGE)
  @Mutation(() => Product, { description: 'Adds a product to the catalogue, or changes the one with this code' })
  saveProduct(@Arg('input') input: ProductInput, @Ctx() context: Context): Promise<Product> {
    if (!isValidEan13(input.barcode)) {
      throw InvalidInputError.of('barcode', 'ean13', 'barcode must be an EAN-13: 13 digits, the last its check digit');
    }
    if (input.retailPriceFen < input.wholesalePriceFen) {
      throw InvalidInputError.of('retailPriceFen', 'at_least_wholesale', 'retailPriceFen must not be below wholesalePriceFen');
    }
    return context.transaction(async (manager) => {
      const existing = await manager.findOneBy(Product, { code: input.code });
      const product = manager.create(Product, {
        ...existing,
        ...input,
        id: existing?.id ?? randomUUID(),
        newBrandSince: input.newBrandSince ?? existing?.newBrandSince ?? null,
      });
      return manager.save(product);
    });
  }
}
