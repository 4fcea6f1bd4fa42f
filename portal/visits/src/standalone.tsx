// `pnpm --filter @fieldloop/portal-visits dev`: this remote on its own, for its team.
import { startStandalone } from '@fieldloop/portal-kit/standalone';
import VisitsApp from './app';

void startStandalone('visits', VisitsApp);
