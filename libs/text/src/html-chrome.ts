// Page chrome, removed before Readability: on short pages it keeps whatever text there is, menus included.
// Photo captions go too: they describe the picture (often just the site's name), not the release.
const CHROME_ELEMENTS =
  'script, style, noscript, template, iframe, nav, footer, aside, figcaption, [role="navigation"], [role="banner"], [role="contentinfo"], [aria-hidden="true"]';
// Class and id words that mark widgets: "cookie-consent", "share-buttons", "related-articles", "site-footer".
// Also the blocks around an article that are not the article: author boxes, ratings, post metadata,
// picture captions and credits, ads, widgets.
const CHROME_NAME =
  /^(?:cookie|consent|gdpr|share|sharing|social|related|breadcrumbs?|menu|sidebar|footer|banner|popup|subscribe|tags|comments?|commentlist|respond|disqus|recommend(?:ed|ations?)?|newsletter|outbrain|taboola|promo|author|ratings?|post-?ratings|postmeta(?:data)?|entry-meta|caption|credits?|widget|widgettitle|ad|ads|advert(?:isement)?|sponsored|affiliate)(?:[-_]|$)|[-_](?:cookies?|consent|share|sharing|social|related|breadcrumbs?|menu|sidebar|footer|banner|tags|comments?|respond|disqus|recommend(?:ed|ations?)?|newsletter|promo|author|ratings?|meta|caption|credits?|widget|ad|ads|advert(?:isement)?)$/iu;

const isChrome = (element: Element): boolean =>
  `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`
    .split(/\s+/u)
    .some((name) => CHROME_NAME.test(name));

export const textLength = (node: Node | null | undefined): number =>
  (node?.textContent ?? '').replace(/\s+/gu, '').length;

/**
 * An article another extractor chose, without the chrome inside it (changed in place). Readability
 * has dropped class names by then, so only the elements and ids tell.
 */
export const stripChromeInside = (article: Node): Node => {
  const element = article as Element;
  element.querySelectorAll?.(CHROME_ELEMENTS).forEach((child) => child.remove());
  element.querySelectorAll?.('[class], [id]').forEach((child) => {
    if (isChrome(child)) child.remove();
  });
  return article;
};

/** The document without menus, headers, footers, widgets and small forms (changed in place). */
export const stripChrome = (document: Document): Document => {
  document.querySelectorAll(CHROME_ELEMENTS).forEach((element) => element.remove());
  // Search boxes and comment forms go; an ASP.NET WebForms page wraps the whole page in one <form>.
  const pageText = textLength(document.body);
  document.querySelectorAll('form').forEach((form) => {
    if (textLength(form) * 2 < pageText) form.remove();
  });
  // The page header holds the logo and menu; a header inside the article holds its headline.
  document.querySelectorAll('header').forEach((element) => {
    if (!element.parentElement?.closest('article')) element.remove();
  });
  document.querySelectorAll('[class], [id]').forEach((element) => {
    if (isChrome(element)) element.remove();
  });
  return document;
};
