import { defineConfig } from 'vite';
import { portalViteConfig } from '../kit/vite-config.ts';

// The customers team's remote: retailers and the retailer 360 view, mounted at /customers/*.
export default defineConfig(portalViteConfig({ dir: import.meta.dirname, name: 'customers', exposes: { './app': './src/app.tsx' } }));
