// Site layouts of the extraction eval set, after the CMSs ministries and embassies run (Drupal,
// WordPress, Bitrix, Joomla, ASP.NET WebForms, Chinese and Arabic government portals, a federal
// German site, a print version, a hand-made embassy site), each with its furniture: menus,
// breadcrumbs, sidebars of related releases, share bars, cookie banners, footers with addresses.
// One module a family under layouts/.
import { CMS_LAYOUTS } from './layouts/cms.mjs';
import { LABELS } from './layouts/labels.mjs';
import { PORTAL_LAYOUTS } from './layouts/portals.mjs';

export const LAYOUTS = { ...CMS_LAYOUTS, ...PORTAL_LAYOUTS };
export { LABELS };
