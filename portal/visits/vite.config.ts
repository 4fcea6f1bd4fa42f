import { defineConfig } from 'vite';
import { portalViteConfig } from '../kit/vite-config.ts';

// The visits team's remote: visits today and the team, mounted at /visits/*.
export default defineConfig(portalViteConfig({ dir: import.meta.dirname, name: 'visits', exposes: { './app': './src/app.tsx' } }));
