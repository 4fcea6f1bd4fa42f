// `pnpm --filter @fieldloop/portal-orders dev`: this remote on its own, for its team.
import { startStandalone } from '@fieldloop/portal-kit/standalone';
import OrdersApp from './app';

void startStandalone('orders', OrdersApp);
