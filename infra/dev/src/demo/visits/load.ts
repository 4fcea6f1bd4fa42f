import { Visit, VisitFlag, VisitPlan, VisitPromise } from '@fieldloop/visits';
import { insertRows, type DataSource } from '../insert-rows';
import { type VisitsDemo } from './visits-demo';

/**
 * Inserts the demo into the visits schema in one transaction, parents before children.
 * No events are published: nothing consumes the visits' history, and the demo month is over.
 */
export async function loadVisitsDemo(dataSource: DataSource, demo: VisitsDemo): Promise<void> {
  await dataSource.transaction(async (manager) => {
    await insertRows(manager, VisitPlan, demo.plans);
    await insertRows(manager, Visit, demo.visits);
    await insertRows(manager, VisitFlag, demo.flags);
    await insertRows(manager, VisitPromise, demo.promises);
  });
}
