import { runSubgraph } from '@fieldloop/platform';
import { orders } from './index';

void runSubgraph(orders);
