/**
 * The analyst page's script. Every text from the API goes into the page as text nodes;
 * highlighted snippets (HTML-escaped by Elasticsearch, only <mark> added) are rebuilt
 * node by node, so a title holding <script> shows as text. (No backticks below: this
 * file is itself a template literal.)
 */
export const UI_SCRIPT = `
'use strict';
var FILTERS = ['source', 'country', 'language', 'entity', 'topic', 'eventType', 'from', 'to'];

function el(tag, attrs, children) {
  var node = document.createElement(tag);
  Object.keys(attrs || {}).forEach(function (k) {
    if (k === 'text') node.textContent = attrs[k];
    else if (k === 'className') node.className = attrs[k];
    else node.setAttribute(k, attrs[k]);
  });
  (children || []).forEach(function (c) { if (c) node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); });
  return node;
}

/** "a <mark>b</mark> &amp; c" → text and <mark> nodes; nothing else is ever parsed as HTML. */
function highlighted(html) {
  var span = el('span');
  var decoder = document.createElement('textarea');
  var inMark = false;
  String(html || '').split(/(<\\/?mark>)/).forEach(function (part) {
    if (part === '<mark>') { inMark = true; return; }
    if (part === '</mark>') { inMark = false; return; }
    decoder.innerHTML = part.replace(/</g, '&lt;');
    var text = document.createTextNode(decoder.value);
    span.appendChild(inMark ? el('mark', {}, [text]) : text);
  });
  return span;
}

function route() {
  var hash = location.hash.replace(/^#/, '') || '/';
  var qIndex = hash.indexOf('?');
  return { path: qIndex < 0 ? hash : hash.slice(0, qIndex), params: new URLSearchParams(qIndex < 0 ? '' : hash.slice(qIndex + 1)) };
}
function go(path, params) { location.hash = '#' + path + (params && String(params) ? '?' + params : ''); }

// With access control on, the page asks once for a key with the search scope and keeps it
// for this tab only (sessionStorage), never in the URL.
var KEY_STORE = 'demarche.apiKey';
function apiHeaders(extra) {
  var headers = Object.assign({}, extra || {});
  var key = sessionStorage.getItem(KEY_STORE);
  if (key) headers['x-api-key'] = key;
  return headers;
}

async function api(path, params, retried) {
  var res = await fetch(path + (params ? '?' + params : ''), { headers: apiHeaders({ accept: 'application/json' }) });
  var body = await res.json().catch(function () { return {}; });
  if (res.status === 401) {
    sessionStorage.removeItem(KEY_STORE);
    var key = retried ? null : window.prompt('This archive needs an API key (search scope):');
    if (key && key.trim()) {
      sessionStorage.setItem(KEY_STORE, key.trim());
      return api(path, params, true);
    }
  }
  if (!res.ok) throw new Error([].concat(body.message || res.statusText).join('; '));
  return body;
}

/** Export links are plain links; with a key, download through fetch so the key goes in a header. */
async function exportWithKey(event) {
  var link = event.target.closest ? event.target.closest('a[href^="/export"]') : null;
  if (!link || !sessionStorage.getItem(KEY_STORE)) return;
  event.preventDefault();
  var href = link.getAttribute('href');
  var res = await fetch(href, { headers: apiHeaders() });
  if (!res.ok) { showError(new Error('export: ' + res.status + ' ' + res.statusText)); return; }
  var url = URL.createObjectURL(await res.blob());
  var save = el('a', { href: url, download: 'releases.' + (href.indexOf('format=csv') >= 0 ? 'csv' : 'ndjson') });
  document.body.appendChild(save);
  save.click();
  save.remove();
  setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
}

function showError(error) {
  var view = document.getElementById('view');
  view.replaceChildren(el('p', { className: 'error', role: 'alert', text: error.message }));
}

function facetList(title, buckets, param, current, label) {
  if (!buckets || !buckets.length) return null;
  var list = el('ul');
  buckets.forEach(function (b) {
    var value = b.id || b.value;
    var params = new URLSearchParams(current);
    params.delete('cursor');
    var active = params.getAll(param).indexOf(value) >= 0 || params.get(param) === value;
    if (active) params.delete(param); else params.set(param, value);
    var link = el('a', { href: '#/search?' + params, className: active ? 'active' : '', 'data-facet': param }, [
      el('span', { text: label ? label(b) : value }), el('span', { text: String(b.count) }),
    ]);
    list.appendChild(el('li', {}, [link]));
  });
  return el('div', {}, [el('h3', { text: title }), list]);
}

function renderFacets(facets, params) {
  var aside = document.getElementById('facets');
  if (!facets) { aside.replaceChildren(); return; }
  var name = function (b) { return b.name; };
  aside.replaceChildren.apply(aside, [
    facetList('People', facets.entities.person, 'entity', params, name),
    facetList('Organizations', facets.entities.organization, 'entity', params, name),
    facetList('Places', facets.entities.location, 'entity', params, name),
    facetList('Countries (entities)', facets.entities.country, 'entity', params, name),
    facetList('Countries', facets.countries, 'country', params),
    facetList('Sources', facets.sources, 'source', params),
    facetList('Topics', facets.topics, 'topic', params, function (b) { return b.label || b.value; }),
    facetList('Languages', facets.languages, 'language', params),
    facetList('Event types', facets.eventTypes, 'eventType', params),
    facetList('Months', facets.dates.slice(-12).reverse().map(function (d) { return { value: d.date.slice(0, 7), count: d.count }; }), 'month', params),
  ].filter(Boolean));
}

function hitNode(hit) {
  var also = hit.alsoPublishedBy && hit.alsoPublishedBy.count > 0
    ? el('div', { className: 'also', text: 'also published by ' + hit.alsoPublishedBy.count + ' source' + (hit.alsoPublishedBy.count > 1 ? 's' : '') +
        (hit.alsoPublishedBy.sources.length ? ': ' + hit.alsoPublishedBy.sources.join(', ') : '') })
    : null;
  return el('article', { className: 'hit', 'data-id': hit.id }, [
    el('h2', {}, [el('a', { href: '#/release/' + encodeURIComponent(hit.id) }, [hit.titleHighlight ? highlighted(hit.titleHighlight) : document.createTextNode(hit.title)])]),
    el('div', { className: 'meta', text: [hit.publishedAt ? hit.publishedAt.slice(0, 10) : '', hit.source, hit.language, (hit.countries || []).join(' ')].filter(Boolean).join(' · ') }),
    el('p', { className: 'snippet' }, [highlighted(hit.snippet)]),
    also,
  ]);
}

async function showSearch(params) {
  document.getElementById('q').value = params.get('q') || '';
  document.getElementById('sort').value = params.get('sort') || '';
  var month = params.get('month');
  var query = new URLSearchParams(params);
  if (month) {
    query.delete('month');
    query.set('from', month + '-01');
    var end = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0));
    query.set('to', end.toISOString().slice(0, 10));
  }
  var result = await api('/search', query);
  renderFacets(result.facets, params);
  var view = document.getElementById('view');
  var chips = el('div', { className: 'chips' });
  FILTERS.concat(['month']).forEach(function (f) {
    params.getAll(f).forEach(function (v) {
      var without = new URLSearchParams(params); without.delete(f);
      chips.appendChild(el('a', { href: '#/search?' + without, title: 'remove filter', text: f + ': ' + v + ' ×' }));
    });
  });
  var exportParams = new URLSearchParams(query); exportParams.delete('cursor'); exportParams.delete('sort');
  var header = el('p', { className: 'meta' }, [
    el('span', { id: 'total', text: result.total + ' releases' }), ' · ',
    el('a', { href: '/export?' + exportParams + '&format=csv' }, ['CSV']), ' · ',
    el('a', { href: '/export?' + exportParams }, ['NDJSON']), ' · ',
    el('button', { id: 'alert-preview', type: 'button', text: 'Preview as an alert' }),
  ]);
  var list = el('div', { id: 'hits' }, result.hits.map(hitNode));
  var more = result.nextCursor ? el('button', { id: 'more', text: 'More results' }) : null;
  if (more) {
    var cursor = result.nextCursor;
    more.addEventListener('click', async function () {
      try {
        var next = new URLSearchParams(query); next.set('cursor', cursor);
        var page = await api('/search', next);
        page.hits.forEach(function (h) { list.appendChild(hitNode(h)); });
        if (page.nextCursor) cursor = page.nextCursor; else more.remove();
      } catch (e) { showError(e); }
    });
  }
  header.querySelector('#alert-preview').addEventListener('click', function () { previewAlert(params); });
  view.replaceChildren(chips, header, el('section', { id: 'alert-box' }), list, more || el('span'));
}

/**
 * The body with each entity mention wrapped. Mention offsets count in the title and the
 * paragraphs joined by blank lines (as the enrich service reads them), so skip the title.
 */
function markEntities(title, body, entities, where) {
  var shift = title.length + 2;
  var spans = [];
  (entities || []).forEach(function (e) {
    (e.mentions || []).forEach(function (m) {
      if (m.in === where && m.start >= shift) spans.push({ start: m.start - shift, end: m.end - shift, entity: e });
    });
  });
  spans.sort(function (a, b) { return a.start - b.start; });
  var out = el('span');
  var at = 0;
  spans.forEach(function (s) {
    if (s.start < at || s.end > body.length) return;
    out.appendChild(document.createTextNode(body.slice(at, s.start)));
    out.appendChild(el('a', { href: '#/entity/' + encodeURIComponent(s.entity.id), className: 'entity ' + s.entity.type, title: s.entity.type, text: body.slice(s.start, s.end) }));
    at = s.end;
  });
  out.appendChild(document.createTextNode(body.slice(at)));
  return out;
}

async function showRelease(id, params) {
  var doc = await api('/releases/' + encodeURIComponent(id));
  document.getElementById('facets').replaceChildren();
  var shown = params.get('in') || 'original';
  var versions = [{ key: 'original', label: 'original (' + doc.language + ')', title: doc.title, paragraphs: doc.paragraphs }].concat(
    (doc.translations || []).map(function (t) { return { key: t.language, label: t.language + (t.machine ? ' (machine)' : ''), title: t.title, paragraphs: t.paragraphs }; }));
  var version = versions.find(function (v) { return v.key === shown; }) || versions[0];
  var toggle = el('p', { className: 'toggle' }, versions.map(function (v) {
    return el('a', { href: '#/release/' + encodeURIComponent(id) + '?in=' + v.key, className: v.key === version.key ? 'active' : '', 'data-version': v.key, text: v.label });
  }));
  var marked = markEntities(version.title, version.paragraphs.join('\\n\\n'), doc.entities, version.key);
  var entities = el('div', { className: 'chips' }, (doc.entities || []).map(function (e) {
    return el('a', { href: '#/entity/' + encodeURIComponent(e.id), text: e.name + ' · ' + e.type + (e.role ? ' · ' + e.role : '') });
  }));
  var similar = el('ul', { id: 'similar' });
  document.getElementById('view').replaceChildren(
    el('article', { className: 'hit release' }, [
      el('h2', { id: 'release-title', text: version.title }),
      el('div', { className: 'meta', text: [doc.publishedAt, doc.source && doc.source.id, (doc.countries || []).join(' '), doc.eventType].filter(Boolean).join(' · ') }),
      toggle,
      el('div', { className: 'release-body', style: 'white-space: pre-wrap' }, [marked]),
      el('h3', { text: 'Entities' }), entities,
      doc.url ? el('p', { className: 'meta', text: doc.url }) : null,
      el('h3', { text: 'Similar releases' }), similar,
    ]));
  var more = await api('/releases/' + encodeURIComponent(id) + '/similar', new URLSearchParams({ limit: '5' })).catch(function () { return { hits: [] }; });
  more.hits.forEach(function (h) { similar.appendChild(el('li', {}, [el('a', { href: '#/release/' + encodeURIComponent(h.id), text: h.title }), ' ', el('span', { className: 'meta', text: h.source })])); });
}

async function showEntity(id) {
  var p = await api('/entities/' + encodeURIComponent(id));
  document.getElementById('facets').replaceChildren();
  var max = Math.max.apply(null, p.timeline.map(function (b) { return b.count; }).concat([1]));
  var chart = el('div', { className: 'timeline', role: 'img', 'aria-label': 'mentions per month' }, p.timeline.map(function (b) {
    return el('div', { title: b.date.slice(0, 7) + ': ' + b.count, style: 'height:' + Math.round((100 * b.count) / max) + '%' });
  }));
  var searchLink = new URLSearchParams({ entity: id });
  document.getElementById('view').replaceChildren(el('article', { className: 'hit entity-profile' }, [
    el('h2', { id: 'entity-name', text: p.name }),
    el('div', { className: 'meta', text: p.type + ' · ' + p.releases + ' releases · ' + p.roles.map(function (r) { return r.role; }).join(', ') }),
    el('h3', { text: 'Mentions over time' }), chart,
    p.timeline.length ? el('p', { className: 'meta', text: p.timeline[0].date.slice(0, 7) + ' … ' + p.timeline[p.timeline.length - 1].date.slice(0, 7) + ' · one bar per month' }) : null,
    el('h3', { text: 'Mentioned with' }),
    el('div', { className: 'chips' }, p.coMentioned.map(function (e) { return el('a', { href: '#/entity/' + encodeURIComponent(e.id), text: e.name + ' (' + e.releases + ')' }); })),
    el('h3', { text: 'Latest releases' }),
    el('ul', {}, p.latest.map(function (r) { return el('li', {}, [el('a', { href: '#/release/' + encodeURIComponent(r.id), text: r.title }), ' ', el('span', { className: 'meta', text: (r.publishedAt || '').slice(0, 10) + ' ' + r.source })]); })),
    el('p', {}, [el('a', { href: '#/search?' + searchLink, text: 'All releases mentioning ' + p.name })]),
  ]));
}

async function render() {
  var r = route();
  try {
    if (r.path.indexOf('/release/') === 0) await showRelease(decodeURIComponent(r.path.slice(9)), r.params);
    else if (r.path.indexOf('/entity/') === 0) await showEntity(decodeURIComponent(r.path.slice(8)));
    else await showSearch(r.params);
    document.body.dataset.ready = 'true';
  } catch (error) { showError(error); document.body.dataset.ready = 'true'; }
}

document.addEventListener('DOMContentLoaded', function () {
  document.getElementById('search-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var current = route().path === '/search' ? route().params : new URLSearchParams();
    var params = new URLSearchParams();
    FILTERS.concat(['month']).forEach(function (f) { current.getAll(f).forEach(function (v) { params.append(f, v); }); });
    var q = document.getElementById('q').value.trim();
    if (q) params.set('q', q);
    var sort = document.getElementById('sort').value;
    if (sort) params.set('sort', sort);
    go('/search', params);
  });
  document.addEventListener('click', exportWithKey);
  window.addEventListener('hashchange', function () { document.body.dataset.ready = 'false'; render(); });
  render();
});
`;
