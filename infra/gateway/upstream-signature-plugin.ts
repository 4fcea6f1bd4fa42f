import { createHmac } from 'node:crypto';
import { defaultExecutionRequestSerializer, type GatewayPlugin } from '@graphql-hive/gateway';
import { SIGNATURE_EXTENSION } from '@fieldloop/platform/dist/gateway-signature.js';

type ExecutionRequest = Parameters<typeof defaultExecutionRequestSerializer>[0];

/**
 * What the gateway signs of a subgraph call (packages/platform gateway-signature.ts checks the
 * same): the query and its variables as Hive serializes them, then the verified claims, which
 * the jwt plugin forwards as extensions.jwt.payload (read from the context: it adds them to
 * the call after signing). The signature covers the identity, so a captured signature cannot
 * be replayed with other claims.
 */
export function signedContentOf(request: ExecutionRequest): string {
  const identity = (request.context as { jwt?: { payload?: unknown } } | undefined)?.jwt?.payload;
  return defaultExecutionRequestSerializer(request) + (identity ? `\n${JSON.stringify(identity)}` : '');
}

/**
 * Signs every subgraph call (HTTP and graphql-ws) with the shared secret, in
 * extensions['hmac-signature']: subgraphs serve only calls that carry it. Hive's own
 * `hmacSignature` option signs the same content with WebCrypto, asynchronously (a promise
 * and a copy of the content per call, a sixteenth of the gateway's CPU on a request for one
 * row); node:crypto signs it synchronously.
 */
export function upstreamSignaturePlugin(secret: string): GatewayPlugin {
  return {
    onSubgraphExecute({ executionRequest }) {
      const signature = createHmac('sha256', secret).update(signedContentOf(executionRequest)).digest('base64');
      (executionRequest.extensions ??= {})[SIGNATURE_EXTENSION] = signature;
    },
  };
}
