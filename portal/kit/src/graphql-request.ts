/**
 * A bare GraphQL POST, for the few calls that must not go through the ApolloClient: signing
 * in and refreshing the session are what the client's own authorization depends on. Plain
 * text and fetch, no GraphQL library: signing in works before any of them has loaded.
 */
export interface GraphQLReply<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** The server could not be reached at all (as opposed to answering with an error). */
export class UnreachableError extends Error {}

export async function postGraphQL<T, V extends Record<string, unknown>>(
  url: string,
  query: string,
  variables: V,
): Promise<GraphQLReply<T>> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query, variables }),
    });
  } catch (error) {
    throw new UnreachableError(error instanceof Error ? error.message : String(error));
  }
  try {
    return (await response.json()) as GraphQLReply<T>;
  } catch {
    throw new UnreachableError(`HTTP ${response.status} without a GraphQL answer`);
  }
}

export const errorCodeOf = (reply: GraphQLReply<unknown>) => reply.errors?.[0]?.extensions?.code;
