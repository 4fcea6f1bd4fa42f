import { AsyncLocalStorage } from 'node:async_hooks';
import type { Identity } from './identity';

const requestIdentity = new AsyncLocalStorage<Identity | undefined>();

/** Runs the rest of a request with its identity in scope (set once, in the HTTP middleware). */
export const runWithIdentity = <T>(identity: Identity | undefined, work: () => T): T => requestIdentity.run(identity, work);

/** The identity of the request being served, wherever the code is: events record it as their actor. */
export const currentIdentity = (): Identity | undefined => requestIdentity.getStore();
