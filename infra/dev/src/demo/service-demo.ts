import type { DataSource } from './insert-rows';
import type { DemoOptions } from './reference';

/**
 * One service's demo data: how it is drawn (from the options and the demos it builds on),
 * whether its schema wants it, how it is loaded and how the start banner tells it.
 * Methods, not function properties: a ServiceDemo<CustomersDemo, …> then sits in a list of
 * ServiceDemo like any other.
 */
export interface ServiceDemo<Data = unknown, Summary = unknown> {
  /** The subgraph whose schema the data goes into (SubgraphDefinition.name). */
  service: string;
  /** What the start calls it (DemosLoaded): the service's name unless the service has a second demo. */
  name?: string;
  /** The demos this one is drawn from: it loads only in a start that loaded them too. */
  dependsOn: readonly ServiceDemo[];
  /** The data, from the options and `draw.of(dependency)`; the same draw gives the same rows. */
  generate(draw: DemoDraw): Data;
  /** Whether the schema holds none of the service's rows yet: the demo loads only into an empty schema. */
  isEmpty(dataSource: DataSource): Promise<boolean>;
  /** Inserts the data in one transaction (all or nothing). */
  load(dataSource: DataSource, data: Data): Promise<void>;
  summarize(data: Data): Summary;
  /** The summary as the start banner tells it, e.g. "2000 retailers in 15 territories". */
  describe(summary: Summary): string;
  /**
   * On a later start, into a schema that holds this very demo: adds what the demo would have
   * done since the last start; anything else is left alone. Returns the days added.
   */
  catchUp?(dataSource: DataSource, draw: DemoDraw): Promise<number>;
}

/** What a demo is drawn from in one start. */
export interface DemoDraw {
  options: DemoOptions;
  /** The demo's data runs up to this instant. */
  now: Date;
  /** Another demo's data, drawn once per start whoever asks. */
  of<Data>(demo: ServiceDemo<Data, unknown>): Data;
}
