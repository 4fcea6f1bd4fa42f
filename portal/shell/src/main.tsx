// An asynchronous boundary before anything imports React: the federation runtime settles
// which copy of each shared singleton the page uses before the first one is evaluated.
void import('./bootstrap');
