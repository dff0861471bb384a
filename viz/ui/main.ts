/**
 * The browser UI's entry (bundled by scripts/buildUi.ts to dist/ui/app.js): the shell — skip
 * link, header with the sections and the language switch, the main region, the tooltip and live
 * regions — and the hash router that renders one view at a time.
 */
import { messages, type Lang } from '../i18n/index.js';
import { initialState, type App } from './app.js';
import { compareView } from './compareView.js';
import { asForm, browser, el, on, type ElementLike } from './dom.js';
import { editorView } from './editorView.js';
import { preferredLang, uiMessages } from './lang.js';
import { libraryView } from './libraryView.js';
import { resultsView } from './resultsView.js';
import { parseRoute, routeHash, VIEWS, type Route, type View } from './route.js';
import { runView } from './runView.js';
import { hideTip, tooltipElements } from './tooltip.js';

const LANG_KEY = 'wardsim.lang';
const RENDER: Record<View, (app: App) => ElementLike> = {
  library: libraryView,
  editor: editorView,
  run: runView,
  results: resultsView,
  compare: compareView,
};

function start(): void {
  const w = browser();
  const lang = preferredLang(w.navigator.languages ?? [w.navigator.language], w.localStorage.getItem(LANG_KEY));
  const main = el('main', { id: 'main', tabindex: '-1' });
  const live = el('div', { class: 'sr-only', 'aria-live': 'polite', id: 'announcer' });
  const header = el('header', { class: 'app-header' });
  const app: App = {
    state: initialState(lang),
    get lang() {
      return this.state.lang;
    },
    get ui() {
      return uiMessages(this.state.lang);
    },
    get msg() {
      return messages(this.state.lang);
    },
    route: parseRoute(w.location.hash),
    go(route: Route) {
      const hash = routeHash(route);
      if (w.location.hash === hash) render(true);
      else w.location.hash = hash; // hashchange renders
    },
    refresh: () => render(false),
    announce(text: string) {
      live.textContent = '';
      setTimeout(() => (live.textContent = text), 50);
    },
  };
  const setLang = (next: Lang) => {
    app.state.lang = next;
    w.localStorage.setItem(LANG_KEY, next);
    render(false);
  };
  function render(focus: boolean): void {
    hideTip();
    app.route = parseRoute(w.location.hash);
    const ui = app.ui;
    w.document.documentElement.lang = app.lang;
    w.document.title = `${ui.appTitle} — ${ui.nav[app.route.view]}`;
    header.replaceChildren(...headerContent(app, setLang));
    main.replaceChildren(RENDER[app.route.view](app));
    skip.textContent = ui.skipToContent;
    if (focus) main.focus({ preventScroll: false });
  }
  const skip = el('a', { href: '#main', class: 'skip-link' });
  on(skip, 'click', (e) => {
    e.preventDefault();
    main.focus();
  });
  const root = w.document.getElementById('app') ?? w.document.body;
  root.replaceChildren(skip, header, main, live, ...tooltipElements());
  w.addEventListener('hashchange', () => render(true));
  render(false);
}

function headerContent(app: App, setLang: (l: Lang) => void): ElementLike[] {
  const ui = app.ui;
  const nav = el(
    'nav',
    { 'aria-label': ui.nav.label },
    el(
      'ul',
      {},
      VIEWS.map((v) =>
        el(
          'li',
          {},
          el(
            'a',
            { href: routeHash({ view: v }), 'aria-current': app.route.view === v ? 'page' : undefined, id: `nav-${v}` },
            ui.nav[v],
          ),
        ),
      ),
    ),
  );
  const select = asForm(
    el(
      'select',
      { id: 'lang-select' },
      el('option', { value: 'ja', lang: 'ja' }, ui.language.ja),
      el('option', { value: 'en', lang: 'en' }, ui.language.en),
    ),
  );
  select.value = app.lang;
  on(select, 'change', () => setLang(select.value === 'ja' ? 'ja' : 'en'));
  return [
    el('p', { class: 'brand' }, el('strong', {}, ui.appTitle), ' ', el('span', {}, ui.appSubtitle)),
    nav,
    el('p', { class: 'lang' }, el('label', { for: 'lang-select' }, ui.language.label), ' ', select),
  ];
}

start();
