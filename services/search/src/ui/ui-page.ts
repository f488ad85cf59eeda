/** The analyst page: a shell; everything it shows is fetched from the API by the modules in services/search/ui. */
export const UI_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Démarche — search</title>
<link rel="stylesheet" href="/ui/app.css">
<script type="module" src="/ui/app.js"></script>
</head>
<body>
<header>
  <a href="#/" class="brand">Démarche</a>
  <form id="search-form" role="search">
    <input id="q" name="q" type="search" placeholder='nuclear "Korean peninsula" -sanctions country:KP title:(summit | talks)' autocomplete="off" aria-label="Search">
    <select id="sort" aria-label="Sort"><option value="">relevance</option><option value="date">newest</option></select>
    <button type="submit">Search</button>
  </form>
  <details class="syntax"><summary>Syntax</summary>
    <p>Words must all match; <code>"a phrase"</code>; <code>a OR b</code> or <code>a | b</code>; <code>-word</code> or <code>NOT word</code>;
    <code>( )</code> groups; <code>nucl*</code> wildcards (2 letters first, 3 per query);
    <code>title:</code> <code>body:</code> <code>source:</code> <code>country:</code> <code>lang:</code> <code>entity:</code> <code>topic:</code> <code>type:</code>.
    Searches the original text and every translation.</p>
  </details>
</header>
<main>
  <aside id="facets" aria-label="Facets"></aside>
  <section id="view" aria-live="polite"></section>
</main>
</body>
</html>
`;

export const UI_CSS = `
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 system-ui, sans-serif; color: #1d2330; background: #f6f7f9; }
header { display: flex; flex-wrap: wrap; gap: .75rem; align-items: center; padding: .75rem 1rem; background: #1d2a44; color: #fff; }
header a.brand { color: #fff; font-weight: 700; text-decoration: none; font-size: 1.1rem; }
#search-form { display: flex; gap: .4rem; flex: 1; min-width: 300px; }
#q { flex: 1; padding: .45rem .6rem; font-size: 1rem; border: 0; border-radius: 4px; }
button, select { padding: .4rem .7rem; border-radius: 4px; border: 1px solid #ccd; background: #fff; cursor: pointer; }
.syntax { font-size: .85rem; width: 100%; } .syntax code { background: #2e3d5e; padding: 0 .2rem; border-radius: 3px; }
main { display: grid; grid-template-columns: 260px 1fr; gap: 1rem; padding: 1rem; }
aside h3 { font-size: .8rem; text-transform: uppercase; color: #667; margin: 1rem 0 .3rem; }
aside ul { list-style: none; margin: 0; padding: 0; }
aside li a { display: flex; justify-content: space-between; padding: .1rem .3rem; color: #1d2330; text-decoration: none; border-radius: 3px; }
aside li a:hover, aside li a.active { background: #dde4f3; }
.chips a { display: inline-block; margin: 0 .3rem .3rem 0; padding: .1rem .5rem; background: #dde4f3; border-radius: 10px; color: #1d2330; text-decoration: none; font-size: .85rem; }
.hit { background: #fff; padding: .7rem .9rem; margin-bottom: .6rem; border-radius: 6px; box-shadow: 0 1px 2px #0001; }
.hit h2 { font-size: 1.05rem; margin: 0 0 .2rem; } .hit h2 a { color: #17408b; text-decoration: none; }
.meta { color: #667; font-size: .82rem; } .also { color: #8a4b00; font-size: .82rem; }
mark { background: #ffe36e; padding: 0 1px; }
.entity { background: #e3f1e7; border-bottom: 2px solid #3d9a5b; }
.entity.person { background: #f3e6f7; border-color: #8f4bb0; } .entity.organization { background: #e6eefa; border-color: #3d6cc0; }
.error { color: #a00; background: #fee; padding: .6rem; border-radius: 4px; }
.timeline { display: flex; align-items: flex-end; gap: 2px; height: 120px; border-bottom: 1px solid #99a; margin: .5rem 0 1.2rem; }
.timeline div { background: #3d6cc0; min-width: 6px; flex: 1; } .release-body p { max-width: 60em; }
.why { font-size: .85rem; margin: .3rem 0; padding-left: 1.1rem; } #alert-box:empty { display: none; } #alert-box { background: #eef2fa; padding: .5rem .8rem; border-radius: 6px; margin-bottom: .8rem; }
.toggle a { margin-right: .5rem; } .toggle a.active { font-weight: 700; text-decoration: none; color: #1d2330; }
`;
