import { ApolloProvider } from '@apollo/client/react';
import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import { createPortalClient, type PortalClient } from './portal-client';
import type { RuntimeConfig } from './runtime-config';
import { Session } from './session';
import type { SessionTokens } from './session-tokens';

/**
 * The session and, while someone is signed in, the one GraphQL client. Lives outside React so
 * the client is made exactly once per sign-in (not per render or per strict-mode replay) and
 * closed at sign-out.
 */
export class PortalRuntime {
  readonly session: Session;
  private current: PortalClient | null = null;
  private identity: string | undefined;
  private readonly listeners = new Set<() => void>();

  constructor(readonly config: RuntimeConfig) {
    this.session = new Session(config.gatewayUrl);
    this.session.subscribe(() => this.sync());
    this.sync();
  }

  get client(): PortalClient | null {
    return this.current;
  }

  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  readonly snapshot = () => this.current;

  private sync(): void {
    const identity = this.session.current?.staffMember.id;
    if (identity === this.identity) return;
    this.current?.dispose();
    this.identity = identity;
    this.current = identity ? createPortalClient(this.config.gatewayUrl, this.session) : null;
    for (const listener of this.listeners) listener();
  }
}

const PortalContext = createContext<PortalRuntime | null>(null);

/** Gives its children the runtime, and the ApolloClient while signed in. */
export function PortalProvider({ runtime, children }: { runtime: PortalRuntime; children: ReactNode }) {
  const client = useSyncExternalStore(runtime.subscribe, runtime.snapshot);
  return (
    <PortalContext.Provider value={runtime}>
      {client ? <ApolloProvider client={client.apollo}>{children}</ApolloProvider> : children}
    </PortalContext.Provider>
  );
}

export function usePortal(): PortalRuntime {
  const runtime = useContext(PortalContext);
  if (!runtime) throw new Error('usePortal() outside <PortalProvider>');
  return runtime;
}

/** The signed-in staff member's tokens and identity, or null. */
export function useSession(): SessionTokens | null {
  const { session } = usePortal();
  return useSyncExternalStore(session.subscribe, session.snapshot);
}

const CLOSED = { state: 'closed', epoch: 0 } as const;
const noop = () => () => undefined;

/** The live connection's state; its `epoch` changes at every (re)connection. */
export function useConnection() {
  const runtime = usePortal();
  const client = useSyncExternalStore(runtime.subscribe, runtime.snapshot);
  return useSyncExternalStore(client?.connection.subscribe ?? noop, client?.connection.snapshot ?? (() => CLOSED));
}
