import { randomUUID } from 'node:crypto';
import { publishEvent, type Context } from '@fieldloop/platform';
import { IsBoolean, Length, Matches } from 'class-validator';
import { Arg, Authorized, Ctx, Field, InputType, Mutation, Query, Resolver } from 'type-graphql';
import { CUSTOMERS_MANAGE, CUSTOMERS_READ } from '../permissions';
import { Region } from './region.entity';
import { RegionCreated } from './region.events';

@InputType()
export class CreateRegionInput implements Partial<Region> {
  @Field()
  @Matches(/^[A-Z0-9-]{2,20}$/, { message: 'code must be 2-20 capital letters, digits or dashes' })
  code: string;

  @Field()
  @Length(1, 50)
  name: string;

  @Field()
  @IsBoolean()
  inCompanyArea: boolean;
}

@Resolver(() => Region)
export class RegionResolver {
  @Authorized(CUSTOMERS_READ)
  @Query(() => [Region], { description: 'All regions, by code' })
  regions(@Ctx() context: Context): Promise<Region[]> {
    return context.dataSource.getRepository(Region).find({ order: { code: 'ASC' } });
  }

  @Authorized(CUSTOMERS_MANAGE)
  @Mutation(() => Region)
  createRegion(@Arg('input') input: CreateRegionInput, @Ctx() context: Context): Promise<Region> {
    return context.transaction(async (manager) => {
      const region = await manager.save(manager.create(Region, { ...input, id: randomUUID() }));
      await publishEvent(manager, RegionCreated, {
        refs: [],
        payload: { regionId: region.id, code: region.code, name: region.name, inCompanyArea: region.inCompanyArea },
      });
      return region;
    });
  }
}
