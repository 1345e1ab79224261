import { documentTitle, SITE_DESCRIPTION, SITE_NAME } from '../src/lib/use-page-title.ts';

/**
 * The page's head as link previews read it (Open Graph and Twitter cards, which run no script): title, description,
 * address and picture. The build writes the site's own into index.html (vite.config.ts, `pageHead`); the server
 * writes each view's into the page it serves (server/site.ts).
 */

/**
 * A chart of the overview rendered by `npm run og-image` (scripts/og-image.ts): the picture of every link preview from
 * a static host, and of the server's pages other than the explorers (whose own it draws: server/pictures.ts), in
 * Open Graph's size, which the server's pictures have too.
 */
export const OG_IMAGE = {
  path: 'og-image.png',
  width: 1200,
  height: 630,
  alt: 'A chart of India’s arms imports by supplier since 1950, from the SIPRI Arms Transfers Database',
};

export interface PageHead {
  /** The view's heading; null for the site itself. */
  heading: string | null;
  description: string;
  /** The page's own address, absolute; null where it is not known (a static build without VITE_SITE_URL). */
  url: string | null;
  /** The picture's address: absolute for the crawlers that need it, where known. */
  image: string;
  /** What the picture shows, in words. */
  imageAlt: string;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function pageHeadHtml({ heading, description, url, image, imageAlt }: PageHead): string {
  const title = heading ?? SITE_NAME;
  const tags: Array<[string, string, string]> = [
    ['name', 'description', description],
    ['property', 'og:type', 'website'],
    ['property', 'og:site_name', SITE_NAME],
    ['property', 'og:title', title],
    ['property', 'og:description', description],
    ...(url ? [['property', 'og:url', url] as [string, string, string]] : []),
    ['property', 'og:image', image],
    ['property', 'og:image:width', String(OG_IMAGE.width)],
    ['property', 'og:image:height', String(OG_IMAGE.height)],
    ['property', 'og:image:alt', imageAlt],
    ['name', 'twitter:card', 'summary_large_image'],
    ['name', 'twitter:title', title],
    ['name', 'twitter:description', description],
    ['name', 'twitter:image', image],
    ['name', 'twitter:image:alt', imageAlt],
  ];
  return [
    `<title>${escapeHtml(heading ? documentTitle(heading) : SITE_NAME)}</title>`,
    ...tags.map(([key, name, content]) => `<meta ${key}="${name}" content="${escapeHtml(content)}" />`),
  ].join('\n    ');
}

/** Where index.html holds its head, between these comments (index.html's source has them empty). */
const PAGE_HEAD = /<!-- page head -->[\s\S]*?<!-- \/page head -->/;

export function withPageHead(html: string, head: PageHead): string {
  if (!PAGE_HEAD.test(html)) return html;
  return html.replace(PAGE_HEAD, () => `<!-- page head -->\n    ${pageHeadHtml(head)}\n    <!-- /page head -->`);
}

/** The site's own head: the static build's for every page, where no server writes a view's. */
export function siteHead(siteUrl: string | null): PageHead {
  return { heading: null, description: SITE_DESCRIPTION, url: siteUrl, image: `${siteUrl ?? ''}/${OG_IMAGE.path}`, imageAlt: OG_IMAGE.alt };
}
