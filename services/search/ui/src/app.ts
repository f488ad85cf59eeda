/** The analyst page: routes the hash to a view; every view fetches what it shows from the API. */
import { exportWithKey } from './api.js';
import { byId, showError } from './dom.js';
import { showEntity } from './entity-view.js';
import { showRelease } from './release-view.js';
import { FILTERS, go, route } from './route.js';
import { showSearch } from './search-view.js';

async function render(): Promise<void> {
  const { path, params } = route();
  try {
    if (path.startsWith('/release/')) await showRelease(decodeURIComponent(path.slice('/release/'.length)), params);
    else if (path.startsWith('/entity/')) await showEntity(decodeURIComponent(path.slice('/entity/'.length)));
    else await showSearch(params);
  } catch (error) {
    showError(error);
  }
  document.body.dataset.ready = 'true';
}

function submitSearch(event: SubmitEvent): void {
  event.preventDefault();
  const current = route();
  const kept = current.path === '/search' ? current.params : new URLSearchParams();
  const params = new URLSearchParams();
  for (const filter of FILTERS) for (const value of kept.getAll(filter)) params.append(filter, value);
  const q = byId<HTMLInputElement>('q').value.trim();
  if (q) params.set('q', q);
  const sort = byId<HTMLSelectElement>('sort').value;
  if (sort) params.set('sort', sort);
  go('/search', params);
}

byId<HTMLFormElement>('search-form').addEventListener('submit', submitSearch);
document.addEventListener('click', (event) => void exportWithKey(event));
window.addEventListener('hashchange', () => {
  document.body.dataset.ready = 'false';
  void render();
});
void render();
