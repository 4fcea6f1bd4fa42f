import { runSubgraph } from '@fieldloop/platform';
import { customers } from './index';

void runSubgraph(customers);
