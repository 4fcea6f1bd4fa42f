import { InvalidInputError, type Context, ref } from '@fieldloop/platform';
import type { EntityManager } from 'typeorm';
import { Retailer } from '../retailer/retailer.entity';
import { StaffMember } from '../staff/staff-member.entity';
import { retailerScope } from './retailer.scope';

/**
 * What every assessment of a retailer starts with: the retailer, locked, which must be one of
 * the caller's (an unknown one and another territory's get the same answer), and the
 * assessor — the signed-in staff member unless the input names one (an admin entering a
 * paper assessment).
 */
export async function startAssessment(context: Context, manager: EntityManager, retailerId: string, assessedById: string | undefined) {
  const retailer = await manager.findOne(Retailer, { where: { id: retailerId }, lock: { mode: 'pessimistic_write' } });
  if (!retailer || !retailerScope.visible(retailer, context)) {
    throw InvalidInputError.of('retailerId', 'exists', `retailerId ${retailerId} is not a known retailer`);
  }
  const assessor = assessedById ?? context.access.staffMemberId;
  if (!assessor) throw InvalidInputError.of('assessedById', 'required', 'assessedById is required when no staff member is signed in');
  if (!(await manager.existsBy(StaffMember, { id: assessor }))) {
    throw InvalidInputError.of('assessedById', 'exists', `assessedById ${assessor} is not a known staff member`);
  }
  const refs = [ref('Retailer', retailer.id), ref('Territory', retailer.territoryId), ref('StaffMember', assessor)];
  return { retailer, assessedById: assessor, refs };
}
