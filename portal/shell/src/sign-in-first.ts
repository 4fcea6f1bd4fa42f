import {
  detectLanguage,
  mountSignInForm,
  readStoredSession,
  requestSignIn,
  SESSION_STORAGE_KEY,
  storeSession,
  type RuntimeConfig,
} from '@fieldloop/portal-kit/first-paint';

/**
 * The sign-in page of a browser with no session, painted with plain DOM while nothing else has
 * loaded: React, i18next, Apollo, graphql-ws and the remotes are fetched only once it resolves,
 * when the browser has a session (signed in here, or in another tab: one sign-in per browser).
 * The tokens are stored where the portal's Session reads them; the form stays, busy, until the
 * portal replaces it. Without a runtime config there is nowhere to sign in: it resolves at
 * once, and the portal says so in words.
 */
export function signInFirst(root: HTMLElement, config: Promise<RuntimeConfig>): Promise<void> {
  const language = detectLanguage();
  document.documentElement.setAttribute('lang', language);
  const page = document.createElement('main');
  page.className = 'page page-narrow';
  root.replaceChildren(page);
  return new Promise((resolve) => {
    const signedInElsewhere = (event: StorageEvent) => {
      if ((event.key === SESSION_STORAGE_KEY || event.key === null) && readStoredSession(window.localStorage)) go();
    };
    const go = () => {
      window.removeEventListener('storage', signedInElsewhere);
      resolve();
    };
    window.addEventListener('storage', signedInElsewhere);
    config.catch(go);
    mountSignInForm(page, {
      language,
      signIn: async (username, password) => {
        const { gatewayUrl } = await config;
        storeSession(window.localStorage, await requestSignIn(gatewayUrl, username, password));
        go();
      },
    });
  });
}
