import { runSubgraph } from '@fieldloop/platform';
import { complaints } from './index';

void runSubgraph(complaints);
