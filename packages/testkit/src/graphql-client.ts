import type { GraphQLFormattedError } from 'graphql';
import type { Client } from 'graphql-ws';
import { CollectingSubscription, connectWs, wsUrlOf } from './subscription';

export interface GraphQLResponse<T> {
  data?: T | null;
  errors?: GraphQLFormattedError[];
}

export class GraphQLRequestError extends Error {
  constructor(readonly errors: readonly GraphQLFormattedError[]) {
    super(errors.map((error) => `${error.message} ${JSON.stringify(error.extensions ?? {})}`).join('\n'));
  }
}

type RequestBody = { query: string; variables?: Record<string, unknown> } & Record<string, unknown>;

/** A plain HTTP GraphQL client, as a partner system would use one. */
export class GraphQLClient {
  /** `prepare` completes each body before it is sent (the gateway's signature, say). */
  constructor(
    readonly url: string,
    /** Sent with every request: the authorization, for tests that make their own. */
    readonly headers: Record<string, string> = {},
    private readonly prepare: (body: RequestBody) => RequestBody = (body) => body,
  ) {}

  /** The raw response: data and errors both, for tests of error paths. */
  async execute<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>> {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...this.headers },
      body: JSON.stringify(this.prepare({ query, variables })),
    });
    return (await response.json()) as GraphQLResponse<T>;
  }

  /** A graphql-ws connection to the same endpoint, carrying the same authorization. */
  connectWs(): Client {
    const { authorization } = this.headers;
    return connectWs(wsUrlOf(this.url), authorization ? { authorization } : undefined);
  }

  /** A subscription on a connection of its own (or on `client`), collecting what arrives. */
  subscribe<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    client?: Client,
  ): CollectingSubscription<T> {
    return new CollectingSubscription<T>(wsUrlOf(this.url), query, variables, client ?? this.connectWs());
  }

  /** The data, or a thrown error carrying every GraphQL error. */
  async request<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const result = await this.execute<T>(query, variables);
    if (result.errors?.length) throw new GraphQLRequestError(result.errors);
    if (!result.data) throw new Error('response has neither data nor errors');
    return result.data;
  }
}
