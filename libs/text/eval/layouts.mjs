// Site layouts of the extraction eval set, after the CMSs ministries and embassies run (Drupal,
// WordPress, Bitrix, Joomla, ASP.NET WebForms, Chinese and Arabic government portals, a federal
// German site, a print version, a hand-made embassy site), each with its furniture: menus,
// breadcrumbs, sidebars of related releases, share bars, cookie banners, footers with addresses.

const L = {
  en: { site: 'Ministry of Foreign Affairs', home: 'Home', press: 'Press releases', news: 'News', about: 'About the Ministry', consular: 'Consular services', contacts: 'Contacts', related: 'Related releases', recent: 'Recent Posts', share: 'Share this:', print: 'Print', tags: 'Tags:', readMore: 'Read more', cookie: 'This website uses cookies to improve your experience. By continuing to browse the site you agree to our use of cookies.', accept: 'Accept', address: '57 Kings Road, London SW1A 2AH', phone: 'Tel.: +44 20 7946 0000', rights: '© 2017 Ministry of Foreign Affairs. All rights reserved.', search: 'Search', posted: 'Posted on', by: 'by', category: 'Posted in Press releases', prev: 'Previous post', follow: 'Follow us', subscribe: 'Subscribe to our newsletter', email: 'E-mail: press@mfa.example.org' },
  fr: { site: 'Ministère de l’Europe et des Affaires étrangères', home: 'Accueil', press: 'Communiqués de presse', news: 'Actualités', about: 'Le ministère', consular: 'Services consulaires', contacts: 'Nous contacter', related: 'Sur le même sujet', recent: 'Articles récents', share: 'Partager', print: 'Imprimer', tags: 'Mots-clés :', readMore: 'Lire la suite', cookie: 'Ce site utilise des cookies pour améliorer votre expérience. En poursuivant votre navigation, vous acceptez l’utilisation des cookies.', accept: 'J’accepte', address: '37, quai d’Orsay, 75007 Paris', phone: 'Tél. : +33 1 43 17 53 53', rights: '© Ministère de l’Europe et des Affaires étrangères – Tous droits réservés', search: 'Rechercher', posted: 'Publié le', by: 'par', category: 'Publié dans Communiqués', prev: 'Article précédent', follow: 'Suivez-nous', subscribe: 'Abonnez-vous à la lettre d’information', email: 'Courriel : presse@diplomatie.example.org' },
  es: { site: 'Ministerio de Asuntos Exteriores', home: 'Inicio', press: 'Notas de prensa', news: 'Noticias', about: 'El Ministerio', consular: 'Servicios consulares', contacts: 'Contacto', related: 'Noticias relacionadas', recent: 'Entradas recientes', share: 'Compartir', print: 'Imprimir', tags: 'Etiquetas:', readMore: 'Leer más', cookie: 'Utilizamos cookies propias y de terceros para mejorar nuestros servicios. Si continúa navegando, consideramos que acepta su uso.', accept: 'Aceptar', address: 'Plaza de la Provincia, 1, 28012 Madrid', phone: 'Teléfono: +34 91 379 97 00', rights: '© Ministerio de Asuntos Exteriores. Todos los derechos reservados.', search: 'Buscar', posted: 'Publicado el', by: 'por', category: 'Publicado en Comunicados', prev: 'Entrada anterior', follow: 'Síguenos', subscribe: 'Suscríbase al boletín', email: 'Correo: prensa@exteriores.example.org' },
  ru: { site: 'Министерство иностранных дел', home: 'Главная', press: 'Новости', news: 'Новости и события', about: 'О министерстве', consular: 'Консульские вопросы', contacts: 'Контакты', related: 'Другие новости', recent: 'Последние новости', share: 'Поделиться', print: 'Версия для печати', tags: 'Теги:', readMore: 'Подробнее', cookie: 'Сайт использует файлы cookie. Продолжая использовать сайт, вы соглашаетесь с использованием cookie.', accept: 'Принять', address: '119200, Москва, Смоленская-Сенная пл., 32/34', phone: 'Тел.: +7 (499) 244-16-06', rights: '© Все права защищены. При использовании материалов ссылка на сайт обязательна.', search: 'Поиск', posted: 'Опубликовано', by: 'автор', category: 'Рубрика: Новости', prev: 'Предыдущая новость', follow: 'Мы в соцсетях', subscribe: 'Подписаться на рассылку', email: 'E-mail: press@mid.example.org' },
  zh: { site: '中华人民共和国外交部', home: '首页', press: '新闻', news: '外交部新闻', about: '外交部概况', consular: '领事服务', contacts: '联系我们', related: '相关新闻', recent: '最新消息', share: '分享到：', print: '【打印本页】', tags: '标签：', readMore: '更多', cookie: '本网站使用cookie以改善您的体验，继续浏览即表示您同意使用cookie。', accept: '同意', address: '地址：北京市朝阳区朝阳门南大街2号 邮编：100701', phone: '电话：010-65961114', rights: '版权所有 中华人民共和国外交部', search: '搜索', posted: '发布时间：', by: '来源：', category: '栏目：新闻', prev: '上一篇', follow: '关注我们', subscribe: '订阅', email: '电子邮箱：webmaster@mfa.example.org' },
  ar: { site: 'وزارة الخارجية', home: 'الرئيسية', press: 'الأخبار', news: 'أخبار الوزارة', about: 'عن الوزارة', consular: 'الخدمات القنصلية', contacts: 'اتصل بنا', related: 'أخبار ذات صلة', recent: 'آخر الأخبار', share: 'شارك', print: 'طباعة', tags: 'الكلمات الدلالية:', readMore: 'المزيد', cookie: 'يستخدم هذا الموقع ملفات تعريف الارتباط cookies لتحسين تجربتك، وباستمرارك في التصفح فإنك توافق على ذلك.', accept: 'موافق', address: 'العنوان: شارع الدبلوماسيين، ص.ب 1234', phone: 'هاتف: +971 2 444 4444', rights: 'جميع الحقوق محفوظة © وزارة الخارجية 2018', search: 'بحث', posted: 'نشر في', by: 'بواسطة', category: 'التصنيف: أخبار', prev: 'الخبر السابق', follow: 'تابعونا', subscribe: 'اشترك في النشرة', email: 'البريد الإلكتروني: info@mofa.example.org' },
  de: { site: 'Auswärtiges Amt', home: 'Startseite', press: 'Pressemitteilungen', news: 'Aktuelles', about: 'Über uns', consular: 'Konsularisches', contacts: 'Kontakt', related: 'Das könnte Sie auch interessieren', recent: 'Neueste Beiträge', share: 'Seite teilen', print: 'Drucken', tags: 'Schlagwörter:', readMore: 'Weiterlesen', cookie: 'Diese Website verwendet Cookies. Wenn Sie die Website weiter nutzen, stimmen Sie der Verwendung von Cookies zu.', accept: 'Einverstanden', address: 'Werderscher Markt 1, 10117 Berlin', phone: 'Telefon: +49 30 1817-0', rights: '© Auswärtiges Amt. Alle Rechte vorbehalten.', search: 'Suche', posted: 'Veröffentlicht am', by: 'von', category: 'Kategorie: Presse', prev: 'Vorheriger Beitrag', follow: 'Folgen Sie uns', subscribe: 'Newsletter abonnieren', email: 'E-Mail: presse@diplo.example.org' },
};

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const slug = (r) => `/press/${r.date.replaceAll('-', '/')}/${r.id}`;
const ps = (r) => r.body.map((p) => `<p>${esc(p)}</p>`).join('\n');
const relatedItems = (others, withDates = true) =>
  others.map((o) => `<li>${withDates ? `<span class="date">${o.dateText}</span> ` : ''}<a href="${slug(o)}">${esc(o.title)}</a></li>`).join('\n');
const head = (r, t, extra = '') => `<!DOCTYPE html>
<html lang="${r.lang}"${r.lang === 'ar' ? ' dir="rtl"' : ''}><head>
<meta charset="${r.charset ?? 'utf-8'}">
<title>${esc(r.title)} | ${esc(t.site)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/themes/site/css/style.css">
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date());</script>
${extra}</head>`;
const menu = (t) => `<ul class="menu"><li><a href="/">${t.home}</a></li><li><a href="/about">${t.about}</a></li><li><a href="/press">${t.press}</a></li><li><a href="/consular">${t.consular}</a></li><li><a href="/contacts">${t.contacts}</a></li></ul>`;

export const LAYOUTS = {
  drupal: (r, t, others) => `${head(r, t, `<link rel="canonical" href="https://mfa.example.org${slug(r)}">
<meta property="og:title" content="${esc(r.title)}">`)}
<body class="path-node page-node-type-press-release">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas"><div class="layout-container">
<header role="banner"><div class="region region-header"><a href="/" rel="home" class="site-logo"><img src="/logo.svg" alt="${t.home}"></a><div class="site-name">${esc(t.site)}</div></div>
<div class="region region-primary-menu"><nav role="navigation" class="block-system-menu-blockmain">${menu(t)}</nav></div></header>
<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation"><ol><li><a href="/">${t.home}</a></li><li><a href="/press">${t.press}</a></li><li>${esc(r.title)}</li></ol></nav></div>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content"><div class="region region-content">
<div data-drupal-messages-fallback class="hidden"></div>
<article role="article" class="node node--type-press-release node--view-mode-full">
<h1 class="page-title"><span class="field field--name-title">${esc(r.title)}</span></h1>
<div class="node__content">
<div class="field field--name-field-date field--type-datetime"><time datetime="${r.date}T12:00:00Z">${r.dateText}</time></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">${ps(r)}</div>
<div class="field field--name-field-tags"><div class="field__label">${t.tags}</div><div class="field__items"><div class="field__item"><a href="/tags/1">${t.press}</a></div></div></div>
<div class="addtoany_list"><span>${t.share}</span><a class="a2a_button_facebook">Facebook</a><a class="a2a_button_twitter">Twitter</a><a class="a2a_button_email">E-mail</a></div>
</div></article></div></div>
<aside class="layout-sidebar-second" role="complementary"><div class="region region-sidebar-second"><div class="views-element-container block block-views"><h2>${t.related}</h2><div class="view-content"><ul>${relatedItems(others)}</ul></div></div></div></aside>
</main>
<footer role="contentinfo"><div class="region region-footer"><p>${esc(t.site)}</p><p>${esc(t.address)}</p><p>${esc(t.phone)}</p><p>${esc(t.rights)}</p></div></footer>
</div></div>
<div id="sliding-popup" class="sliding-popup-bottom"><div class="eu-cookie-compliance-banner"><div class="popup-content info"><div id="popup-text"><p>${esc(t.cookie)}</p></div><div id="popup-buttons"><button type="button" class="agree-button">${t.accept}</button></div></div></div></div>
</body></html>`,

  wordpress: (r, t, others) => `${head(r, t, `<link rel="canonical" href="https://embassy.example.com/${r.date.slice(0, 4)}/${r.id}/">
<meta property="og:type" content="article"><meta property="og:title" content="${esc(r.title)}"><meta property="article:published_time" content="${r.date}T09:15:00+00:00">`)}
<body class="post-template-default single single-post postid-1234 single-format-standard">
<div id="page" class="site"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/" rel="home">${esc(t.site)}</a></p><p class="site-description">${t.news}</p></div>
<nav id="site-navigation" class="main-navigation"><button class="menu-toggle">Menu</button>${menu(t)}</nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-1234" class="post-1234 post type-post status-publish format-standard hentry category-press">
<header class="entry-header"><h1 class="entry-title">${esc(r.title)}</h1>
<div class="entry-meta"><span class="posted-on">${t.posted} <a href="#" rel="bookmark"><time class="entry-date published" datetime="${r.date}T09:15:00+00:00">${r.dateText}</time></a></span> <span class="byline">${t.by} <span class="author vcard"><a class="url fn n" href="/author/admin/">admin</a></span></span></div></header>
<div class="entry-content">${ps(r)}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">${t.share}</h3><div class="sd-content"><ul><li class="share-twitter"><a class="share-twitter sd-button" href="#"><span>Twitter</span></a></li><li class="share-facebook"><a class="share-facebook sd-button" href="#"><span>Facebook</span></a></li><li><a class="share-print sd-button" href="#"><span>${t.print}</span></a></li></ul></div></div></div>
</div>
<footer class="entry-footer"><span class="cat-links">${t.category}</span></footer></article>
<nav class="navigation post-navigation" role="navigation"><div class="nav-links"><div class="nav-previous"><a href="${slug(others[0])}" rel="prev"><span class="meta-nav">${t.prev}</span> ${esc(others[0].title)}</a></div></div></nav>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3><form action="/wp-comments-post.php" method="post" id="commentform"><p class="comment-notes">Your email address will not be published.</p><textarea name="comment"></textarea><input type="submit" value="Post Comment"></form></div></div>
</main></div>
<aside id="secondary" class="widget-area"><section id="search-2" class="widget widget_search"><form role="search" class="search-form"><input type="search" placeholder="${t.search}"></form></section>
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">${t.recent}</h2><ul>${relatedItems(others, false)}</ul></section></aside></div>
<footer id="colophon" class="site-footer"><div class="site-info">${esc(t.site)} · ${esc(t.address)} · ${esc(t.phone)} · ${esc(t.email)}</div></footer></div>
<div id="cookie-law-info-bar"><span>${esc(t.cookie)} <a role="button" id="cookie_action_close_header">${t.accept}</a></span></div>
</body></html>`,

  bitrix: (r, t, others) => `${head(r, t)}
<body><div id="panel"></div>
<table class="main-table" width="100%" cellpadding="0" cellspacing="0"><tr><td colspan="2" class="header"><a href="/"><img src="/bitrix/templates/mid/images/logo.gif" alt=""></a><span class="site-name">${esc(t.site)}</span>
<div class="search-form"><form action="/search/"><input type="text" name="q" placeholder="${t.search}"></form></div></td></tr>
<tr><td class="left-column" width="220" valign="top"><div class="left-menu">${menu(t)}</div><div class="banner"><a href="/consular"><img src="/upload/banner1.jpg" alt=""></a></div></td>
<td class="content-column" valign="top">
<div class="bx-breadcrumb"><div class="bx-breadcrumb-item"><a href="/">${t.home}</a></div> › <div class="bx-breadcrumb-item"><a href="/press">${t.press}</a></div></div>
<div class="news-detail">
<span class="news-date-time">${r.dateText}</span>
<h3>${esc(r.title)}</h3>
${r.body.map(esc).join('<br />\n<br />\n')}
<div style="clear:both"></div><br />
<div class="print-link"><a href="?print=Y" rel="nofollow">${t.print}</a></div>
<div class="share-buttons"><span>${t.share}:</span> <a href="#">ВКонтакте</a> <a href="#">Одноклассники</a> <a href="#">Telegram</a></div>
</div>
<p><a href="/press">← ${t.press}</a></p>
<div class="news-list"><h4>${t.related}</h4>${others.map((o) => `<p class="news-item"><span class="news-date-time">${o.dateText}</span><br><a href="${slug(o)}"><b>${esc(o.title)}</b></a><br>${esc(o.body[0].slice(0, 90))}...</p>`).join('\n')}</div>
</td></tr>
<tr><td colspan="2" class="footer"><div class="copyright">${esc(t.rights)}</div><div class="address">${esc(t.address)}<br>${esc(t.phone)}<br>${esc(t.email)}</div><div class="counter"><!--LiveInternet counter--><img src="/counter.gif" width="88" height="31" alt=""></div></td></tr></table>
</body></html>`,

  joomla: (r, t, others) => `${head(r, t, `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${r.title.replace(/"/g, '\\"')}","datePublished":"${r.date}T10:00:00+02:00"}</script>`)}
<body class="site com_content view-article no-layout no-task itemid-101">
<div class="body"><div class="container">
<header class="header" role="banner"><div class="header-inner clearfix"><a class="brand pull-left" href="/"><span class="site-title">${esc(t.site)}</span></a><div class="header-search pull-right"><form><input name="searchword" placeholder="${t.search}"></form></div></div></header>
<nav class="navigation" role="navigation"><div class="nav-collapse">${menu(t)}</div></nav>
<div class="moduletable"><ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb"><li><a href="/">${t.home}</a></li><li><span class="divider">/</span><a href="/press">${t.press}</a></li><li class="active"><span>${esc(r.title)}</span></li></ul></div>
<div class="row-fluid"><main id="content" role="main" class="span9">
<div class="item-page" itemscope itemtype="https://schema.org/Article">
<div class="page-header"><h2 itemprop="headline">${esc(r.title)}</h2></div>
<div class="icons"><div class="btn-group pull-right"><ul class="dropdown-menu"><li class="print-icon"><a href="?tmpl=component&amp;print=1" rel="nofollow">${t.print}</a></li><li class="email-icon"><a href="/component/mailto">Email</a></li></ul></div></div>
<dl class="article-info muted"><dt class="article-info-term">Details</dt><dd class="published"><span class="icon-calendar"></span> <time datetime="${r.date}T10:00:00+02:00" itemprop="datePublished">${t.posted}: ${r.dateText}</time></dd><dd class="hits"><meta itemprop="interactionCount" content="UserPageVisits:1234">Hits: 1234</dd></dl>
<div itemprop="articleBody">${ps(r)}</div>
<ul class="pager pagenav"><li class="previous"><a href="${slug(others[0])}" rel="prev">&lt; Prev</a></li><li class="next"><a href="${slug(others[1] ?? others[0])}" rel="next">Next &gt;</a></li></ul>
</div></main>
<div id="aside" class="span3"><div class="well"><h3 class="page-header">${t.recent}</h3><ul class="latestnews mod-list">${relatedItems(others, false)}</ul></div></div></div>
</div></div>
<footer class="footer" role="contentinfo"><div class="container"><hr><p class="pull-right"><a href="#top" id="back-top">Back to Top</a></p><p>${esc(t.rights)}</p><p>${esc(t.address)} | ${esc(t.phone)}</p></div></footer>
</body></html>`,

  'legacy-aspnet': (r, t, others) => `${head(r, t)}
<body leftmargin="0" topmargin="0">
<form name="aspnetForm" method="post" action="./news.aspx?id=1234" id="aspnetForm">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRk">
<table width="980" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td colspan="3"><img src="/images/top_banner.jpg" width="980" height="120" alt="${esc(t.site)}"></td></tr>
<tr><td colspan="3" class="topmenu"><a href="/">${t.home}</a> | <a href="/about">${t.about}</a> | <a href="/press">${t.press}</a> | <a href="/consular">${t.consular}</a> | <a href="/contacts">${t.contacts}</a></td></tr>
<tr><td width="180" valign="top" class="leftcol"><table width="100%"><tr><td class="leftmenu"><a href="/press">${t.press}</a></td></tr><tr><td class="leftmenu"><a href="/consular">${t.consular}</a></td></tr><tr><td class="leftmenu"><a href="/visa">Visa</a></td></tr></table></td>
<td width="600" valign="top" class="maincol">
<span id="ctl00_ContentPlaceHolder1_lblTitle" class="title"><b>${esc(r.title)}</b></span><br>
<span id="ctl00_ContentPlaceHolder1_lblDate" class="date">${r.dateText}</span><br><br>
<span id="ctl00_ContentPlaceHolder1_lblText" class="text">${r.body.map((p) => `<p align="justify">${esc(p)}</p>`).join('\n')}</span>
<p><a href="javascript:window.print()">${t.print}</a> | <a href="javascript:history.back()">Back</a></p>
</td>
<td width="200" valign="top" class="rightcol"><b>${t.news}</b><br>${others.map((o) => `<font size="1">${o.dateText}</font><br><a href="${slug(o)}">${esc(o.title)}</a><br><br>`).join('\n')}</td></tr>
<tr><td colspan="3" class="footer" align="center">${esc(t.site)}<br>${esc(t.address)}<br>${esc(t.phone)} &nbsp; ${esc(t.email)}<br>${esc(t.rights)}</td></tr>
</table></form></body></html>`,

  print: (r, t) => `${head(r, t, '<meta name="robots" content="noindex">')}
<body onload="window.print()" class="print-version">
<div class="print-header"><img src="/images/emblem.png" alt=""> ${esc(t.site)} — ${t.print}</div>
<hr>
<h1>${esc(r.title)}</h1>
<p class="date">${r.dateText}</p>
<div class="text">${ps(r)}</div>
<hr>
<div class="print-footer"><p>URL: https://mfa.example.org${slug(r)}</p><p>${esc(t.rights)}</p></div>
<p class="noprint"><a href="javascript:window.print()">${t.print}</a> · <a href="javascript:window.close()">${r.lang === 'zh' ? '【关闭窗口】' : 'Close window'}</a></p>
</body></html>`,

  govcn: (r, t, others) => `${head(r, t, `<meta name="ArticleTitle" content="${esc(r.title)}"><meta name="PubDate" content="${r.date} 10:30"><meta name="ContentSource" content="${esc(t.site)}">`)}
<body>
<div class="header"><div class="logo"><a href="/"><img src="/images/logo.png" alt="${esc(t.site)}"></a></div><div class="top-links"><a href="/">简体中文</a> | <a href="/eng/">English</a> | <a href="/fra/">Français</a></div></div>
<div class="nav"><ul><li><a href="/">${t.home}</a></li><li><a href="/web/wjb_673085/">${t.about}</a></li><li><a href="/web/wjdt_674879/">${t.news}</a></li><li><a href="/web/fyrbt_673021/">发言人表态</a></li><li><a href="/web/lsfw/">${t.consular}</a></li></ul></div>
<div class="position">当前位置：<a href="/">${t.home}</a> &gt; <a href="/web/wjdt_674879/">${t.news}</a> &gt; 外交部发言人</div>
<div class="main"><div class="left-content">
<div class="news-title"><h1>${esc(r.title)}</h1></div>
<div class="news-info"><span>${t.posted}${r.dateText}</span> <span>${t.by}${esc(t.site)}</span> <span>【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span></div>
<div id="News_Body_Txt_A" class="news-main">${r.body.map((p) => `<p style="text-indent:2em">${esc(p)}</p>`).join('\n')}</div>
<div class="share-bar"><span>${t.share}</span><a href="#">微信</a><a href="#">微博</a><a href="#">QQ空间</a></div>
<div class="print-bar">${t.print} 【关闭窗口】</div>
<div class="related-news"><h3>${t.related}：</h3><ul>${relatedItems(others)}</ul></div>
</div></div>
<div class="footer"><p>${esc(t.rights)}</p><p>${esc(t.address)}</p><p>${esc(t.phone)}</p><p>京ICP备09033511号</p></div>
</body></html>`,

  'arabic-portal': (r, t, others) => `${head(r, t, `<meta property="og:title" content="${esc(r.title)}"><meta name="date" content="${r.date}">`)}
<body class="rtl">
<div class="top-bar"><a href="/en/">English</a> | <a href="/fr/">Français</a> <span class="date-today">الأحد 12 يناير 2020</span></div>
<div class="navbar navbar-default"><div class="container"><a class="navbar-brand" href="/">${esc(t.site)}</a>${menu(t)}</div></div>
<ol class="breadcrumb"><li><a href="/">${t.home}</a></li><li><a href="/news">${t.press}</a></li><li class="active">${esc(r.title)}</li></ol>
<div class="container"><div class="row">
<div class="col-md-8"><div class="article-page">
<h1 class="article-title">${esc(r.title)}</h1>
<div class="article-meta"><i class="fa fa-calendar"></i> ${r.dateText} <i class="fa fa-eye"></i> 1520</div>
<div class="article-image"><img src="/uploads/news/1234.jpg" alt=""><p class="caption">${esc(r.title)}</p></div>
<div class="article-body">${ps(r)}</div>
<div class="social-share"><span>${t.share}:</span> <a href="#">فيسبوك</a> <a href="#">تويتر</a> <a href="#">واتساب</a> <a href="#" onclick="window.print()">${t.print}</a></div>
</div></div>
<div class="col-md-4"><div class="sidebar-news"><h3>${t.recent}</h3><ul>${relatedItems(others)}</ul></div></div>
</div></div>
<div class="footer"><div class="container"><div class="row"><div class="col-md-4"><h4>${t.contacts}</h4><p>${esc(t.address)}</p><p>${esc(t.phone)}</p><p>${esc(t.email)}</p></div><div class="col-md-4"><h4>${t.follow}</h4><p>Twitter · Instagram · YouTube</p></div></div><p class="copyright">${esc(t.rights)}</p></div></div>
<div class="cookie-notice" id="cookieNotice"><p>${esc(t.cookie)}</p><button>${t.accept}</button></div>
</body></html>`,

  bund: (r, t, others) => `${head(r, t, `<link rel="canonical" href="https://diplo.example.org/de/newsroom/${r.id}">`)}
<body class="c-page">
<div class="c-skiplinks"><a href="#main">Zum Inhalt springen</a> <a href="#nav">Zur Navigation</a></div>
<header class="c-header"><div class="c-header__logo"><a href="/"><img src="/logo.svg" alt="${esc(t.site)}"></a></div><div class="c-header__service"><a href="/leichte-sprache">Leichte Sprache</a> <a href="/gebaerdensprache">Gebärdensprache</a> <a href="/en">English</a></div></header>
<div id="nav" class="c-nav-primary"><ul><li><a href="/de/aussenpolitik">Außenpolitik</a></li><li><a href="/de/reiseundsicherheit">Reise und Sicherheit</a></li><li><a href="/de/newsroom">Newsroom</a></li><li><a href="/de/karriere">Karriere</a></li></ul></div>
<div class="c-breadcrumb"><ol><li><a href="/">${t.home}</a></li><li><a href="/de/newsroom">Newsroom</a></li><li>${t.press}</li></ol></div>
<main id="main"><div class="c-article">
<p class="c-article__kicker">Pressemitteilung</p>
<h1 class="c-article__title">${esc(r.title)}</h1>
<p class="c-article__date">${r.dateText}</p>
<div class="c-article__text rich-text">${ps(r)}</div>
<div class="c-share"><span class="c-share__title">${t.share}</span><ul><li><a href="#">Twitter</a></li><li><a href="#">Facebook</a></li><li><a href="#">E-Mail</a></li></ul></div>
</div>
<div class="c-teaser-list"><h2 class="c-teaser-list__title">${t.related}</h2>${others.map((o) => `<div class="c-teaser"><p class="c-teaser__date">${o.dateText}</p><h3 class="c-teaser__title"><a href="${slug(o)}">${esc(o.title)}</a></h3><p class="c-teaser__text">${esc(o.body[0])}</p></div>`).join('\n')}</div>
</main>
<footer class="c-footer"><div class="c-footer__contact"><p>${esc(t.site)}</p><p>${esc(t.address)}</p><p>${esc(t.phone)}</p></div><ul class="c-footer__links"><li><a href="/impressum">Impressum</a></li><li><a href="/datenschutz">Datenschutzerklärung</a></li><li><a href="/barrierefreiheit">Barrierefreiheit</a></li></ul></footer>
<div class="c-cookie-banner"><p>${esc(t.cookie)}</p><button>${t.accept}</button></div>
</body></html>`,

  'custom-embassy': (r, t, others) => `${head(r, t)}
<body>
<div id="wrapper">
<div id="top"><div id="logo"><img src="/img/flag.gif" alt=""> <span>${esc(t.site)}</span></div>
<div id="lang"><a href="?lang=en">EN</a> <a href="?lang=${r.lang}">${r.lang.toUpperCase()}</a></div></div>
<div id="menu">${menu(t)}</div>
<div id="middle">
<div id="leftside"><div class="box"><div class="box-title">${t.news}</div>${others.map((o) => `<div class="item"><div class="item-date">${o.dateText}</div><a href="${slug(o)}">${esc(o.title)}</a></div>`).join('\n')}</div>
<div class="box"><div class="box-title">${t.contacts}</div><div class="box-text">${esc(t.address)}<br>${esc(t.phone)}<br>${esc(t.email)}</div></div></div>
<div id="center">
<div class="path"><a href="/">${t.home}</a> / <a href="/news">${t.news}</a></div>
<div class="article">
<div class="article-head"><div class="art-date">${r.dateText}</div><div class="art-title">${esc(r.title)}</div></div>
<div class="art-text">${r.body.map((p) => `<div>${esc(p)}</div>`).join('\n')}</div>
<div class="art-tools"><a href="?print=1">${t.print}</a> | <a href="mailto:?subject=${encodeURIComponent(r.title)}">E-mail</a></div>
</div></div></div>
<div id="bottom">${esc(t.rights)} · ${esc(t.address)}</div>
</div></body></html>`,
};

export const LABELS = L;
