/**
 * "Preview as an alert": the current search as a draft subscription, run by the feeds service
 * over the last 7 days (through POST /alert-preview); each item shows why it would have matched,
 * the query's fragments highlighted per field and language. Appended to UI_SCRIPT, whose helpers
 * (el, highlighted, apiHeaders, showError) it uses. (No backticks: a template literal.)
 */
export const ALERT_SCRIPT = `
var ALERT_FILTERS = { country: 'countries', source: 'sources', language: 'languages', entity: 'entities', eventType: 'eventTypes' };

function draftFilter(params) {
  var filter = {};
  if (params.get('q')) filter.query = params.get('q');
  Object.keys(ALERT_FILTERS).forEach(function (p) {
    var values = params.getAll(p).flatMap(function (v) { return v.split(','); }).filter(Boolean);
    if (values.length) filter[ALERT_FILTERS[p]] = p === 'country' ? values.map(function (v) { return v.toUpperCase(); }) : values;
  });
  return filter;
}

function whyNode(why) {
  return el('ul', { className: 'why' }, why.map(function (w) {
    var fragments = (w.fragments || []).flatMap(function (f) {
      return f.fragments.map(function (text) {
        return el('li', {}, [el('em', { text: f.field + ' (' + f.language + '): ' }), highlighted(text)]);
      });
    });
    return el('li', {}, [el('strong', { text: w.rule + ' ' + w.value + ': ' }), w.evidence, fragments.length ? el('ul', {}, fragments) : null]);
  }));
}

async function previewAlert(params) {
  var box = document.getElementById('alert-box');
  box.replaceChildren(el('p', { className: 'meta', text: 'Running the search as an alert over the last 7 days…' }));
  try {
    var res = await fetch('/alert-preview', {
      method: 'POST',
      headers: apiHeaders({ 'content-type': 'application/json', accept: 'application/json' }),
      body: JSON.stringify({ filter: draftFilter(params), days: 7, limit: 50 }),
    });
    var body = await res.json().catch(function () { return {}; });
    if (!res.ok) throw new Error([].concat(body.message || res.statusText).join('; '));
    var items = body.items.map(function (item) {
      return el('article', { className: 'hit alert-item', 'data-id': item.releaseId }, [
        el('h2', {}, [el('a', { href: '#/release/' + encodeURIComponent(item.releaseId), text: item.title })]),
        el('div', { className: 'meta', text: [item.publishedAt ? item.publishedAt.slice(0, 10) : '', item.source, item.language].filter(Boolean).join(' · ') }),
        whyNode(item.why),
        item.alsoPublishedBy.length ? el('div', { className: 'also', text: 'also published by ' + item.alsoPublishedBy.map(function (c) { return c.source; }).join(', ') }) : null,
      ]);
    });
    box.replaceChildren(
      el('h3', { text: 'As an alert: ' + body.total + ' deliveries in the last 7 days' + (body.truncated ? ' (first ' + body.items.length + ' shown)' : '') }),
      el('div', { id: 'alert-items' }, items),
    );
  } catch (error) {
    box.replaceChildren(el('p', { className: 'error', text: String(error.message || error) }));
  }
}
`;
