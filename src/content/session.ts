/**
 * The content script's lazily loaded part: extract the article, analyse it, paint the
 * highlights, and own the UI for this page until teardown. Loaded only when the
 * prefilter says the page may be about a known incident (or the reader asked).
 */
import browser from 'webextension-polyfill';
import { extractArticle, type TextSegment } from '../extract/index.ts';
import { analyze } from '../engine/analyze.ts';
import type { Analysis } from '../engine/types.ts';
import type { Pack } from '../pack/types.ts';
import type { TabStatus } from '../shared/messages.ts';
import { sendToBackground } from '../shared/send.ts';
import { STORAGE, type Settings } from '../shared/settings.ts';
import { Highlighter, type Mark } from './highlights.ts';
import { HitIndex } from './hit-test.ts';
import { isContextValid } from './lifecycle.ts';
import { spanPieces, spanToRange } from './ranges.ts';
import { UiHost } from './ui-host.ts';
import type { PageUi } from './ui-mount.tsx';

export interface SessionOptions {
  signal: AbortSignal;
  settings: Settings;
  packIds: string[];
}

export interface Session {
  status(): TabStatus;
  togglePanel(): void;
  openPanel(): void;
  destroy(): void;
}

export async function startSession({ signal, settings, packIds }: SessionOptions): Promise<Session | null> {
  const packs = await sendToBackground('packs/get', { ids: packIds });
  if (signal.aborted || packs.length === 0) return null;
  const { article, segments } = extractArticle(document, { url: location.href });
  const analysis = analyze(article, packs);
  const pack = analysis.incident && packs.find((p) => p.id === analysis.incident?.id);
  if (!pack) {
    void sendToBackground('page/status', null);
    return null;
  }
  const { mountPageUi, PANEL_CSS } = await import('./ui-mount.tsx');
  if (signal.aborted) return null;
  return new PageSession(signal, settings, analysis, pack, segments, mountPageUi, PANEL_CSS);
}

class PageSession implements Session {
  readonly #highlighter = new Highlighter(document);
  readonly #hits = new HitIndex();
  /** Marks by entity id, in mention order, for "show mention". */
  readonly #marks = new Map<string, Mark[]>();
  readonly #host: UiHost;
  readonly #ui: PageUi;
  readonly #controller = new AbortController();
  #open: boolean;
  #side: Settings['side'];
  #card: string | null = null;

  constructor(
    signal: AbortSignal,
    private readonly settings: Settings,
    private readonly analysis: Analysis,
    private readonly pack: Pack,
    segments: readonly TextSegment[],
    mountPageUi: (mount: HTMLElement) => PageUi,
    css: string,
  ) {
    signal.addEventListener('abort', () => this.destroy(), { signal: this.#controller.signal });
    this.#open = settings.panelOpen;
    this.#side = settings.side;
    this.#paint(segments);
    this.#host = new UiHost(document, css);
    this.#ui = mountPageUi(this.#host.mount);
    // Capture phase: we only look, and a page handler that stops propagation must not
    // make names unclickable.
    window.addEventListener('click', (e) => this.#onClick(e), { capture: true, signal: this.#controller.signal });
    this.#render();
    this.#report();
  }

  status(): TabStatus {
    const { incident, entities, quotes, claims, facts } = this.analysis;
    return {
      match: incident && {
        id: incident.id,
        title: incident.title,
        score: incident.score,
        counts: {
          names: entities.length,
          quotes: quotes.length,
          claims: claims.length,
          facts: facts.filter((f) => f.inArticle).length,
        },
      },
      panelOpen: this.#open,
      siteEnabled: !this.settings.disabledSites.includes(location.hostname),
    };
  }

  togglePanel(): void {
    this.#setOpen(!this.#open);
  }

  openPanel(): void {
    this.#setOpen(true);
  }

  destroy(): void {
    if (this.#controller.signal.aborted) return;
    this.#controller.abort();
    this.#ui.unmount();
    this.#host.destroy();
    this.#highlighter.clear();
    if (isContextValid()) void sendToBackground('page/status', null).catch(() => undefined);
  }

  #paint(segments: readonly TextSegment[]): void {
    const all: Mark[] = [];
    for (const entity of this.analysis.entities) {
      const marks: Mark[] = [];
      entity.mentions.forEach((m, index) => {
        const range = spanToRange(document, segments, m.start, m.end);
        if (!range) return;
        const mark: Mark = { entityId: entity.id, type: entity.type, index, range };
        for (const piece of spanPieces(segments, m.start, m.end)) this.#hits.add(piece.node, piece.from, piece.to, mark);
        marks.push(mark);
      });
      this.#marks.set(entity.id, marks);
      all.push(...marks);
    }
    this.#highlighter.paint(all);
  }

  #onClick(event: MouseEvent): void {
    if (event.button !== 0 || this.#host.contains(event.target)) return;
    if (!isContextValid()) return this.destroy();
    const selection = document.getSelection();
    if (selection && !selection.isCollapsed) return; // the reader is selecting text
    const mark = this.#hits.at(document, event.clientX, event.clientY);
    if (!mark) return;
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    // A highlighted name inside a link still follows the link; Alt+click asks for the card.
    if (link && !event.altKey) return;
    if (link) event.preventDefault();
    this.#card = mark.entityId;
    this.#render();
  }

  #showMention(entityId: string, index: number): void {
    const marks = this.#marks.get(entityId);
    const mark = marks?.[((index % marks.length) + marks.length) % marks.length];
    if (!mark) return;
    const target = mark.range.startContainer.parentElement;
    const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
    target?.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
    this.#highlighter.flash(mark.range);
  }

  #setOpen(open: boolean): void {
    this.#open = open;
    void this.#save({ panelOpen: open });
    this.#render();
    this.#report();
  }

  async #save(patch: Partial<Settings>): Promise<void> {
    if (!isContextValid()) return;
    const stored = await browser.storage.local.get(STORAGE.settings);
    const current = (stored[STORAGE.settings] ?? {}) as Partial<Settings>;
    await browser.storage.local.set({ [STORAGE.settings]: { ...current, ...patch } });
  }

  #render(): void {
    this.#ui.render({
      analysis: this.analysis,
      pack: this.pack,
      open: this.#open,
      side: this.#side,
      cardEntityId: this.#card,
      onToggle: () => this.togglePanel(),
      onSideChange: (side) => {
        this.#side = side;
        void this.#save({ side });
        this.#render();
      },
      onSelectEntity: (id) => {
        this.#card = id;
        this.#render();
      },
      onCloseCard: () => {
        this.#card = null;
        this.#render();
      },
      onShowMention: (id, index) => this.#showMention(id, index),
    });
  }

  #report(): void {
    void sendToBackground('page/status', this.status()).catch(() => undefined);
  }
}
