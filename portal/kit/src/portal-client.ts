import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache, ServerError } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { createClient, type Client as WsClient } from 'graphql-ws';
import { ConnectionMonitor } from './connection';
import { wsUrlOf } from './runtime-config';
import type { Session } from './session';

export interface PortalClient {
  apollo: ApolloClient;
  ws: WsClient;
  connection: ConnectionMonitor;
  dispose(): void;
}

// graphql-ws close codes for a refused connection_init (bad or expired token).
const UNAUTHORIZED_CLOSE_CODES = new Set([4401, 4403]);

const isUnauthenticated = (error: unknown) =>
  (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) ||
  (ServerError.is(error) && error.statusCode === 401);

/**
 * The portal's one ApolloClient: queries and mutations over HTTP, subscriptions over one
 * graphql-ws connection, both to the gateway and both carrying the session's access token.
 * The shell makes it at sign-in and shares it with every remote (a federated singleton).
 */
export function createPortalClient(gatewayUrl: string, session: Session): PortalClient {
  const connection = new ConnectionMonitor();
  const ws = createClient({
    url: wsUrlOf(gatewayUrl),
    // Kept open even with no subscription, so the connection indicator means something and a
    // lost connection is retried (and noticed) at once, not at the next subscription.
    lazy: false,
    // Called at every (re)connection, so a reconnect carries a fresh token.
    connectionParams: async () => {
      const token = await session.accessToken();
      return token ? { authorization: `Bearer ${token}` } : {};
    },
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: () => session.current !== null,
    // Quick at first (a blip), then at most every 4 s, with jitter so a restarted gateway is
    // not hit by every supervisor's browser in the same millisecond.
    retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, Math.min(4_000, 500 * 2 ** retries) + Math.random() * 300)),
    keepAlive: 10_000,
    on: {
      connecting: () => connection.set('connecting'),
      connected: () => connection.set('connected'),
      closed: (event) => {
        connection.set('closed');
        if (UNAUTHORIZED_CLOSE_CODES.has((event as CloseEvent | undefined)?.code ?? 0)) session.expire();
      },
    },
  });

  const auth = new SetContextLink(async (previous) => {
    const token = await session.accessToken();
    return { headers: { ...previous.headers, ...(token ? { authorization: `Bearer ${token}` } : {}) } };
  });
  const signOutWhenRefused = new ErrorLink(({ error }) => {
    if (isUnauthenticated(error)) session.expire();
  });
  const isSubscription = ({ query }: ApolloLink.Operation) => {
    const definition = getMainDefinition(query);
    return definition.kind === 'OperationDefinition' && definition.operation === 'subscription';
  };
  const apollo = new ApolloClient({
    link: ApolloLink.from([
      signOutWhenRefused,
      ApolloLink.split(isSubscription, new GraphQLWsLink(ws), ApolloLink.from([auth, new HttpLink({ uri: gatewayUrl })])),
    ]),
    cache: new InMemoryCache(),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });

  return {
    apollo,
    ws,
    connection,
    dispose: () => {
      apollo.stop();
      void apollo.clearStore();
      void ws.dispose();
    },
  };
}
