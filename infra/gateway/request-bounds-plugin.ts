import { subscribe } from 'node:diagnostics_channel';
import { Server } from 'node:http';
import type { GatewayPlugin } from '@graphql-hive/gateway';

/**
 * How much a client may send and for how long: the request body's size, the time to send the
 * headers, and the time to send the whole request (headers and body). A slow client is cut
 * off with 408; the time a request then takes to answer is not bounded here.
 */
export const REQUEST_BOUNDS = {
  bodyBytes: 256 * 1024,
  headersTimeoutMs: Number(process.env.GATEWAY_HEADERS_TIMEOUT_MS ?? 10_000),
  requestTimeoutMs: Number(process.env.GATEWAY_REQUEST_TIMEOUT_MS ?? 30_000),
};

/*
 * The Hive CLI creates the HTTP server itself and passes it requestTimeout only (set from
 * the config); the headers timeout, and how often Node checks both (every 30 s by default,
 * which would let a 10 s limit run to 40 s), are set here as the server starts to listen,
 * through Node's diagnostics channel for net.Server#listen. Node reads all three then.
 */
subscribe('tracing:net.server.listen:asyncStart', (message) => {
  const { server } = message as { server?: unknown };
  if (!(server instanceof Server)) return;
  server.headersTimeout = REQUEST_BOUNDS.headersTimeoutMs;
  server.requestTimeout = REQUEST_BOUNDS.requestTimeoutMs;
  // A constructor option that Node keeps as a property; @types/node lists it as option only.
  (server as Server & { connectionsCheckingInterval: number }).connectionsCheckingInterval = Math.max(
    100,
    Math.min(1000, REQUEST_BOUNDS.headersTimeoutMs / 4),
  );
});

function tooLarge(fetchAPI: { Response: typeof Response }): Response {
  return new fetchAPI.Response(
    JSON.stringify({
      errors: [{ message: `Request body over ${REQUEST_BOUNDS.bodyBytes} bytes`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
    }),
    // Closing the connection: what the client still sends is not read.
    { status: 413, headers: { 'content-type': 'application/json', connection: 'close' } },
  );
}

/**
 * The body limit. A declared Content-Length over it is refused before anything is read; a
 * body without one (chunked) is read here, counting, and refused as soon as the count passes
 * the limit. Either way nothing is parsed or forwarded. A body within the limit goes on as
 * read. (With a Content-Length the HTTP parser never reads more than it says.)
 */
export const requestBoundsPlugin: GatewayPlugin = {
  onRequest({ request, setRequest, endResponse, fetchAPI }) {
    const declared = request.headers.get('content-length');
    if (declared !== null) {
      if (Number(declared) > REQUEST_BOUNDS.bodyBytes) endResponse(tooLarge(fetchAPI));
      return;
    }
    if (!request.body) return;
    const reader = request.body.getReader();
    const chunks: Uint8Array[] = [];
    let bytes = 0;
    const read = (): Promise<void> =>
      reader.read().then(({ done, value }) => {
        if (done) {
          setRequest(
            new fetchAPI.Request(request.url, {
              method: request.method,
              headers: request.headers,
              body: Buffer.concat(chunks),
              signal: request.signal,
            }),
          );
          return;
        }
        bytes += value.byteLength;
        if (bytes > REQUEST_BOUNDS.bodyBytes) {
          // Not cancelled: that would destroy the socket before the 413 is written.
          reader.releaseLock();
          endResponse(tooLarge(fetchAPI));
          return;
        }
        chunks.push(value);
        return read();
      });
    return read();
  },
};
