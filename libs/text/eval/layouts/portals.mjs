// Layouts after government portals: Chinese, Arabic, a federal German site, a hand-made embassy site.
import { esc, slug, ps, relatedItems, head, menu } from './html.mjs';

export const PORTAL_LAYOUTS = {
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
