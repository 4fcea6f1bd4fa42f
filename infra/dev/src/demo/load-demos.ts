import type { DataSource } from './insert-rows';
import type { DemoOptions } from './reference';
import type { DemoDraw, ServiceDemo } from './service-demo';

export interface DemosLoaded {
  /** The summary of each demo loaded in this start, by its name (the service's, for its first demo). */
  loaded: Record<string, unknown>;
  /** The same summaries as the start banner tells them, in load order. */
  told: string[];
  /** The days each demo added on a later start, by name (only those that added any). */
  daysAdded: Record<string, number>;
  /** The services whose schemas received rows. */
  changed: string[];
}

/**
 * Loads each demo into its service's schema when that is empty and every demo it is drawn
 * from was loaded in this same start (else the rows would name a company the database does
 * not hold); into a schema that already has rows, lets the demo catch up. Services without a
 * database here are skipped.
 */
export async function loadDemos(
  demos: readonly ServiceDemo[],
  dataSources: ReadonlyMap<string, DataSource>,
  options: DemoOptions,
  now: Date,
): Promise<DemosLoaded> {
  demos.forEach((demo, index) => {
    for (const dependency of demo.dependsOn) {
      if (!demos.slice(0, index).includes(dependency))
        throw new Error(`the ${demo.service} demo is drawn from the ${dependency.service} demo, which must be listed before it`);
    }
  });
  const drawn = new Map<ServiceDemo, unknown>();
  const draw: DemoDraw = {
    options,
    now,
    of<Data>(demo: ServiceDemo<Data, unknown>): Data {
      if (!drawn.has(demo)) drawn.set(demo, demo.generate(draw));
      return drawn.get(demo) as Data;
    },
  };
  const nameOf = (demo: ServiceDemo) => demo.name ?? demo.service;
  const result: DemosLoaded = { loaded: {}, told: [], daysAdded: {}, changed: [] };
  for (const demo of demos) {
    const dataSource = dataSources.get(demo.service);
    if (!dataSource) continue;
    if (await demo.isEmpty(dataSource)) {
      if (!demo.dependsOn.every((dependency) => nameOf(dependency) in result.loaded)) continue;
      const data = draw.of(demo);
      await demo.load(dataSource, data);
      const summary = demo.summarize(data);
      result.loaded[nameOf(demo)] = summary;
      result.told.push(demo.describe(summary));
      if (!result.changed.includes(demo.service)) result.changed.push(demo.service);
    } else if (demo.catchUp) {
      const days = await demo.catchUp(dataSource, draw);
      if (days > 0) {
        result.daysAdded[nameOf(demo)] = days;
        if (!result.changed.includes(demo.service)) result.changed.push(demo.service);
      }
    }
  }
  return result;
}
