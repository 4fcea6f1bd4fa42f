/** The state of the one graphql-ws connection, for indicators and for resuming after a gap. */
export type ConnectionState = 'connecting' | 'connected' | 'closed';

export interface ConnectionSnapshot {
  state: ConnectionState;
  /** Counts the successful connections: a change means "connected again, catch up". */
  epoch: number;
}

export class ConnectionMonitor {
  private current: ConnectionSnapshot = { state: 'connecting', epoch: 0 };
  private readonly listeners = new Set<() => void>();

  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  readonly snapshot = () => this.current;

  set(state: ConnectionState): void {
    if (state === this.current.state) return;
    this.current = { state, epoch: this.current.epoch + (state === 'connected' ? 1 : 0) };
    for (const listener of this.listeners) listener();
  }
}
