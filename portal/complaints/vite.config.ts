import { defineConfig } from 'vite';
import { portalViteConfig } from '../kit/vite-config.ts';

// The complaints team's remote: the loop board and each case, mounted at /complaints/*.
export default defineConfig(portalViteConfig({ dir: import.meta.dirname, name: 'complaints', exposes: { './app': './src/app.tsx' } }));
