import { defineConfig } from 'vite';
import { portalViteConfig } from '../kit/vite-config.ts';

// The host: sign-in, navigation, language, the one ApolloClient, the live activity feed.
export default defineConfig(portalViteConfig({ dir: import.meta.dirname, name: 'shell' }));
