export { SUBGRAPHS } from './subgraphs';
export { SUPERGRAPH_PATH } from './compose';
