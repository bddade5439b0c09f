import type { PublishedSource } from './use-template-choice';

/**
 * The index the build writes beside the page (templates/index.json); see published-catalog.ts.
 * The pane and the appraisers' page (tong-hop.html) sit in the same folder, so both read it.
 */
export const PAGE_PUBLISHED_SOURCE: PublishedSource = {
  fetch: (url) => fetch(url, { cache: 'no-cache' }),
  base: document.baseURI,
};
