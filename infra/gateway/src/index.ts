export { SUBGRAPHS } from './subgraphs';
export { SUPERGRAPH_PATH } from './compose';
export { EVENT_CATALOGUE_PATH, renderEventCatalogue } from './event-catalogue';
export { ACCESS_CATALOGUE_PATH, renderAccessCatalogue } from './access-catalogue';
