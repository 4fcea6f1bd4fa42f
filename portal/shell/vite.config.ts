import { defineConfig } from 'vite';
import { portalViteConfig } from '../kit/vite-config.ts';

// The host: sign-in, navigation, language, the one ApolloClient, the live activity feed. The
// sign-in form is painted before the federated app (bootstrap) and what it shares are fetched.
export default defineConfig(portalViteConfig({ dir: import.meta.dirname, name: 'shell', federatedEntry: 'src/bootstrap.tsx' }));
