import '@fieldloop/portal-kit/styles.css';
import { loadRuntimeConfig, readStoredSession } from '@fieldloop/portal-kit/first-paint';
import { signInFirst } from './sign-in-first';

// A browser with no session gets the sign-in form first, painted before React, Apollo,
// graphql-ws or the remotes are fetched. The federated app is imported once there is a session:
// its entry first has the federation runtime settle which copy of each shared singleton the
// page uses, before the first one is evaluated.
const root = document.getElementById('root')!;
const signedIn = readStoredSession(window.localStorage) ? Promise.resolve() : signInFirst(root, loadRuntimeConfig());
void signedIn.then(() => import('./bootstrap'));
