// Layouts after the CMSs ministries and embassies run: Drupal, WordPress, Bitrix, Joomla,
// ASP.NET WebForms, and a print version.
import { esc, slug, ps, relatedItems, head, menu } from './html.mjs';

export const CMS_LAYOUTS = {
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
};
