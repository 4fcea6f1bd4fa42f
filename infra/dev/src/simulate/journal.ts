/** An event a mutation is expected to cause: its type and the id it is about. */
export interface ExpectedEvent {
  type: string;
  /** The case, order, visit, plan, retailer or session id of the event's payload (see `subjectOf`). */
  subject: string;
}

/** One mutation the simulator had done, by whom, and the events it caused. */
export interface JournalEntry {
  actor: string;
  staffMemberId: string;
  operation: string;
  events: ExpectedEvent[];
}

/** The id an event is about, read from its payload the way the journal records it. */
export function subjectOf(payload: Record<string, unknown>): string | undefined {
  // Most particular first: a case or an order names its retailer too.
  for (const key of ['caseId', 'orderId', 'visitId', 'planId', 'retailerId', 'sessionId'] as const) {
    if (typeof payload[key] === 'string') return payload[key];
  }
  return undefined;
}

/** What the simulation did, in order; each entry is added once the gateway answered. */
export class Journal {
  readonly entries: JournalEntry[] = [];
  private readonly listeners: Array<(entry: JournalEntry) => void> = [];

  record(entry: JournalEntry): void {
    this.entries.push(entry);
    for (const listener of this.listeners) listener(entry);
  }

  onRecord(listener: (entry: JournalEntry) => void): void {
    this.listeners.push(listener);
  }

  /** Every event the recorded mutations caused. */
  expectedEvents(): ExpectedEvent[] {
    return this.entries.flatMap((entry) => entry.events);
  }
}
