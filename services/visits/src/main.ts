import { runSubgraph } from '@fieldloop/platform';
import { visits } from './index';

void runSubgraph(visits);
