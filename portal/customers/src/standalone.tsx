// `pnpm --filter @fieldloop/portal-customers dev`: this remote on its own, for its team.
import { startStandalone } from '@fieldloop/portal-kit/standalone';
import CustomersApp from './app';

void startStandalone('customers', CustomersApp);
