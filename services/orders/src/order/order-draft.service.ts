import { randomUUID } from 'node:crypto';
import { publishEvent, ref, type ConsumerDefinition } from '@fieldloop/platform';
import { Product } from '../catalogue/product.entity';
import { OrderDraft } from './order-draft.entity';
import { OrderDraftCreated } from './order.events';

interface IntentPayload {
  visitId: string;
  retailerId: string;
  territoryId: string;
  accountManagerId: string;
  lines: { product: string; cartons: number }[];
}

/** The catalogue product an account manager's words name: code, short or full name, or barcode. */
const matches = (product: Product, words: string) =>
  [product.code, product.shortName, product.fullName, product.barcode].some((name) => name === words.trim());

/**
 * A visit's order intent (visits.order_intent.raised) becomes a draft order for the clerk to
 * call back on. One draft per visit (unique visitId), so a redelivered event changes nothing.
 */
export const orderIntents: ConsumerDefinition = {
  name: 'order-intents',
  description: 'Drafts an order for the order clerk from each order intent raised during a visit',
  filter: { sources: ['visits'], types: ['visits.order_intent.raised'] },
  async handle(event, manager) {
    const intent = event.payload as unknown as IntentPayload;
    if (await manager.existsBy(OrderDraft, { visitId: intent.visitId })) return;
    const products = await manager.find(Product, { where: { active: true } });
    const lines = intent.lines.map((line) => ({
      product: line.product,
      productId: products.find((product) => matches(product, line.product))?.id ?? null,
      cartons: line.cartons,
    }));
    const draft = {
      id: randomUUID(),
      visitId: intent.visitId,
      retailerId: intent.retailerId,
      territoryId: intent.territoryId,
      accountManagerId: intent.accountManagerId,
      lines,
    };
    await manager.insert(OrderDraft, draft);
    await publishEvent(manager, OrderDraftCreated, {
      refs: [ref('Retailer', intent.retailerId), ref('Territory', intent.territoryId), ref('StaffMember', intent.accountManagerId)],
      payload: { draftId: draft.id, ...intent, lines },
      actor: event.actor,
    });
  },
};
