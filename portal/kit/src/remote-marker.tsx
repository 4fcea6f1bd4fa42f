import type { ApolloClient } from '@apollo/client';

/** What the shell puts on `window` so anyone (a test, a developer) can check what is shared. */
export interface PortalInspection {
  apolloClient: ApolloClient | undefined;
  react: unknown;
}

declare global {
  interface Window {
    fieldloopPortal?: PortalInspection;
  }
}

/**
 * Records, on the remote's root element, whether the remote runs on the shell's React and
 * ApolloClient. The remote passes in its *own* imports: a remote that bundled its own copy
 * would still render (Apollo 4 keeps its context on React), so only identity proves sharing.
 */
export function RemoteMarker({ name, react, client }: { name: string; react: unknown; client: ApolloClient }) {
  const shell = typeof window === 'undefined' ? undefined : window.fieldloopPortal;
  return (
    <span
      hidden
      data-remote={name}
      data-shares-react={String(shell?.react === react)}
      data-shares-apollo={String(shell?.apolloClient === client)}
    />
  );
}
