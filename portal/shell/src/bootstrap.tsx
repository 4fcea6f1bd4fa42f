import { addTranslations, initI18n, loadRuntimeConfig, PortalRuntime } from '@fieldloop/portal-kit';
import { registerRemotes } from '@module-federation/runtime';
import i18next from 'i18next';
import { createElement, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { forgetFeedHistory } from './activity/event-feed';
import { App } from './app';
import { REMOTE_AREAS } from './remotes';
import { shellTranslations } from './translations';

// The federated entry (see vite.config.ts), imported by main.ts once the browser has a session.
async function start() {
  await initI18n();
  addTranslations('shell', shellTranslations);
  // Replaces the sign-in form main.ts painted, if it did.
  const root = createRoot(document.getElementById('root')!);
  let config;
  try {
    config = await loadRuntimeConfig();
  } catch {
    root.render(
      <p className="state state-error" role="alert">
        {i18next.t('shell:configMissing')}
      </p>,
    );
    return;
  }
  // Each environment's runtime-config.json says where its remotes are: one build for all.
  registerRemotes(
    REMOTE_AREAS.flatMap((area) =>
      config.remotes[area.name] ? [{ name: area.name, entry: config.remotes[area.name], type: 'module' }] : [],
    ),
  );
  const runtime = new PortalRuntime(config);
  runtime.subscribe(() => {
    if (!runtime.client) forgetFeedHistory();
  });
  // For whoever inspects the page (the browser tests, a developer's console): the shell's own
  // ApolloClient and React, which every remote must be using.
  window.fieldloopPortal = {
    get apolloClient() {
      return runtime.client?.apollo;
    },
    react: createElement,
  };
  root.render(
    <StrictMode>
      <App runtime={runtime} />
    </StrictMode>,
  );
}

void start();
