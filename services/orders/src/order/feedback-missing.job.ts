import { loadConfig, publishEvent, type JobDefinition } from '@fieldloop/platform';
import { z } from 'zod';
import { Order } from './order.entity';
import { OrderStatus } from './order.enums';
import { FeedbackMissing } from './order.events';
import { orderRef, orderRefs } from './order.service';

/** Minutes an order may stay unconfirmed before it is a missing-feedback case (FIELDLOOP_ORDER_FEEDBACK_MINUTES). */
export const feedbackMinutes = () =>
  loadConfig(z.object({ FIELDLOOP_ORDER_FEEDBACK_MINUTES: z.coerce.number().int().min(1).default(120) })).FIELDLOOP_ORDER_FEEDBACK_MINUTES;

/** An order still PLACED after the configured time raises orders.feedback.missing, once. */
export const raiseMissingFeedback: JobDefinition = {
  name: 'orders.feedback-missing',
  description: 'Raises orders.feedback.missing for orders not confirmed within FIELDLOOP_ORDER_FEEDBACK_MINUTES',
  everyMs: 60_000,
  async run(manager, now) {
    const minutes = feedbackMinutes();
    const overdue = await manager
      .createQueryBuilder(Order, 'o')
      .where('o.status = :status AND o.feedbackMissingAt IS NULL AND o.placedAt < :due', {
        status: OrderStatus.PLACED,
        due: new Date(now.getTime() - minutes * 60_000),
      })
      .orderBy('o.placedAt')
      .limit(1000)
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .getMany();
    for (const order of overdue) {
      await manager.update(Order, { id: order.id }, { feedbackMissingAt: now });
      await publishEvent(manager, FeedbackMissing, {
        refs: orderRefs(order),
        payload: {
          ...orderRef(order),
          placedAt: order.placedAt.toISOString(),
          dueAt: new Date(order.placedAt.getTime() + minutes * 60_000).toISOString(),
        },
        actor: null,
      });
    }
  },
};
