// `pnpm --filter @fieldloop/portal-complaints dev`: this remote on its own, for its team.
import { startStandalone } from '@fieldloop/portal-kit/standalone';
import ComplaintsApp from './app';

void startStandalone('complaints', ComplaintsApp);
