import { UrlParamReader } from './url-params.ts';

/**
 * An embed's URL is its view's URL under /embed/, plus the embed's own setting: which controls it shows beside the
 * chart. `controls=none` hides the year slider (the Share dialog's option); the default shows it.
 */
const EMBED_CONTROLS = ['slider', 'none'] as const;
export type EmbedControls = (typeof EMBED_CONTROLS)[number];

/**
 * Splits an embed's URL into its own setting, read like every other (a bad value is dropped with a notice), and the
 * view's settings, for the view's own parser (which would call `controls` unknown).
 */
export function readEmbedSearch(search: URLSearchParams): { controls: EmbedControls; viewSearch: URLSearchParams; notices: string[] } {
  const own = new URLSearchParams();
  const viewSearch = new URLSearchParams(search);
  const controls = search.get('controls');
  if (controls !== null) own.set('controls', controls);
  viewSearch.delete('controls');
  const params = new UrlParamReader(own);
  return { controls: params.oneOf('controls', EMBED_CONTROLS, 'slider'), viewSearch, notices: params.finish() };
}

/** The embed's search: the view's, with `controls=none` when the slider is hidden. */
export function embedSearch(viewSearch: URLSearchParams, controls: EmbedControls): URLSearchParams {
  const search = new URLSearchParams(viewSearch);
  if (controls !== 'slider') search.set('controls', controls);
  return search;
}

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The HTML to paste into an article: an iframe as wide as its column, `height` pixels tall (the chart fits its
 * frame's width; the page inside scrolls if the frame is shorter than it), named by the view's title for screen
 * readers, loaded when it scrolls near.
 */
export function embedCode({ src, title, height }: { src: string; title: string; height: number }): string {
  return `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="100%" height="${height}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
}

/** A path with its query string, without a bare `?` when there is none. */
export const withSearch = (path: string, search: URLSearchParams) => (search.toString() ? `${path}?${search}` : path);
