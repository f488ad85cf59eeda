// The pieces every layout is made of: escaping, URLs, paragraphs, the <head>, the menu, related links.

export const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const slug = (r) => `/press/${r.date.replaceAll('-', '/')}/${r.id}`;
export const ps = (r) => r.body.map((p) => `<p>${esc(p)}</p>`).join('\n');
export const relatedItems = (others, withDates = true) =>
  others.map((o) => `<li>${withDates ? `<span class="date">${o.dateText}</span> ` : ''}<a href="${slug(o)}">${esc(o.title)}</a></li>`).join('\n');
export const head = (r, t, extra = '') => `<!DOCTYPE html>
<html lang="${r.lang}"${r.lang === 'ar' ? ' dir="rtl"' : ''}><head>
<meta charset="${r.charset ?? 'utf-8'}">
<title>${esc(r.title)} | ${esc(t.site)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/themes/site/css/style.css">
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date());</script>
${extra}</head>`;
export const menu = (t) => `<ul class="menu"><li><a href="/">${t.home}</a></li><li><a href="/about">${t.about}</a></li><li><a href="/press">${t.press}</a></li><li><a href="/consular">${t.consular}</a></li><li><a href="/contacts">${t.contacts}</a></li></ul>`;
