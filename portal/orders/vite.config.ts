import { defineConfig } from 'vite';
import { portalViteConfig } from '../kit/vite-config.ts';

// The orders team's remote: the orders desk, an order, delivery exceptions and quotas, mounted at /orders/*.
export default defineConfig(portalViteConfig({ dir: import.meta.dirname, name: 'orders', exposes: { './app': './src/app.tsx' } }));
