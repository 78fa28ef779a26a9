/**
 * The content script's lazily loaded part: extract the article, have the background
 * analyse it, paint the highlights, and own the UI for this page until teardown.
 * Loaded only when the prefilter says the page may be about a known incident (or the
 * reader asked).
 *
 * Nothing heavy runs on the page's main thread: extraction walks the page in ~15 ms
 * slices with yields in between, and the engine runs in the background. When the page
 * changes (PageWatch), `refresh()` re-reads it and re-analyses only when the text
 * itself changed.
 */
import { ArticleExtraction, type Extracted, type TextSegment } from '../extract/index.ts';
import type { Analysis } from '../engine/types.ts';
import type { Pack } from '../pack/types.ts';
import type { TabStatus } from '../shared/messages.ts';
import { sendToBackground } from '../shared/send.ts';
import { summarize } from '../shared/summary.ts';
import { updateSettings } from '../shared/settings-store.ts';
import type { Settings } from '../shared/settings.ts';
import { Highlighter, type Mark } from './highlights.ts';
import { HitIndex } from './hit-test.ts';
import { isContextValid } from './lifecycle.ts';
import { rangePieces, spanToRange } from './ranges.ts';
import { runInSlices, yieldToPage } from './schedule.ts';
import { UiHost } from './ui-host.ts';
import type { PageUi } from './ui-mount.tsx';

/**
 * The most article text we read. The engine runs in the background (off this page's
 * main thread), so what remains here is the sliced walk and painting; long-form news
 * runs to ~60,000 characters, and beyond a million are endless feeds, whose later
 * parts are not worth the memory.
 */
const MAX_ARTICLE_LENGTH = 1_000_000;
/** Nodes visited between two clock reads while extracting. */
const WALK_BATCH = 500;

export interface SessionOptions {
  signal: AbortSignal;
  settings: Settings;
  packIds: string[];
  /** Runs our own DOM writes (the highlight fallback) so the page watcher ignores them. */
  mute(write: () => void): void;
}

export interface Session {
  status(): TabStatus;
  togglePanel(): void;
  openPanel(): void;
  /** A batch of page mutations: drops highlights whose text changed; true if the article may have changed. */
  noteMutations(records: readonly MutationRecord[]): boolean;
  /** Re-reads the page after a change. False when it is no longer about the incident (the session is then gone). */
  refresh(): Promise<boolean>;
  destroy(): void;
}

/** Extraction in slices that yield to the page; null when aborted on the way. */
async function extractInSlices(signal: AbortSignal): Promise<Extracted | null> {
  const extraction = new ArticleExtraction(document, { url: location.href, maxLength: MAX_ARTICLE_LENGTH });
  const done = await runInSlices(() => extraction.step(WALK_BATCH), signal);
  return done ? extraction.result() : null;
}

/**
 * The analysis and its pack when the page is about one of the packs' incidents,
 * computed in the background. `held` is the pack this page already has, which the
 * background then does not send again.
 */
async function analyzeArticle(
  extracted: Extracted,
  packIds: readonly string[],
  held: Pack | null,
): Promise<{ analysis: Analysis; pack: Pack } | null> {
  const reply = await sendToBackground('page/analyze', {
    article: extracted.article,
    packIds: [...packIds],
    held: held && { id: held.id, version: held.version },
  });
  const pack = reply && (reply.pack ?? held);
  return reply && pack ? { analysis: { ...reply.analysis, text: extracted.article.text }, pack } : null;
}

export async function startSession({ signal, settings, packIds, mute }: SessionOptions): Promise<Session | null> {
  const extracted = await extractInSlices(signal);
  if (!extracted) return null;
  const found = await analyzeArticle(extracted, packIds, null);
  if (signal.aborted) return null;
  if (!found) {
    void sendToBackground('page/status', null).catch(() => undefined);
    return null;
  }
  const { mountPageUi, PANEL_CSS } = await import('./ui-mount.tsx');
  if (signal.aborted) return null;
  await yieldToPage();
  if (signal.aborted) return null;
  return new PageSession({ signal, settings, mute, packIds, extracted, ...found, mountPageUi, css: PANEL_CSS });
}

interface PageSessionInit {
  signal: AbortSignal;
  settings: Settings;
  mute(write: () => void): void;
  packIds: string[];
  extracted: Extracted;
  analysis: Analysis;
  pack: Pack;
  mountPageUi(mount: HTMLElement): PageUi;
  css: string;
}

/** Do two extractions map the text onto the very same nodes? */
function sameNodes(a: readonly TextSegment[], b: readonly TextSegment[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.node !== y.node || x.nodeOffset !== y.nodeOffset || x.start !== y.start || x.end !== y.end) return false;
  }
  return true;
}

class PageSession implements Session {
  readonly #highlighter = new Highlighter(document);
  #hits = new HitIndex();
  /** Marks by entity id, in mention order, for "show mention". */
  readonly #marks = new Map<string, Mark[]>();
  /** Marks by the page text node they start in, to drop them when that text changes. */
  readonly #marksByNode = new Map<Node, Mark[]>();
  readonly #host: UiHost;
  readonly #ui: PageUi;
  readonly #controller = new AbortController();
  readonly #settings: Settings;
  readonly #packIds: string[];
  readonly #mute: (write: () => void) => void;
  #analysis: Analysis;
  #pack: Pack;
  #extracted: Extracted;
  #open: boolean;
  #side: Settings['side'];
  #card: string | null = null;
  /** Where focus was when the card opened, to return it there when the card closes. */
  #returnFocus: HTMLElement | null = null;

  constructor(init: PageSessionInit) {
    init.signal.addEventListener('abort', () => this.destroy(), { signal: this.#controller.signal });
    this.#settings = init.settings;
    this.#packIds = init.packIds;
    this.#mute = init.mute;
    this.#analysis = init.analysis;
    this.#pack = init.pack;
    this.#extracted = init.extracted;
    this.#open = init.settings.panelOpen;
    this.#side = init.settings.side;
    this.#paint();
    this.#host = new UiHost(document, init.css);
    this.#ui = init.mountPageUi(this.#host.mount);
    // Capture phase: we only look, and a page handler that stops propagation must not
    // make names unclickable.
    window.addEventListener('click', (e) => this.#onClick(e), { capture: true, signal: this.#controller.signal });
    this.#render();
    this.#report();
  }

  status(): TabStatus {
    return {
      match: summarize(this.#analysis),
      panelOpen: this.#open,
      siteEnabled: !this.#settings.disabledSites.includes(location.hostname),
    };
  }

  togglePanel(): void {
    this.#setOpen(!this.#open);
  }

  openPanel(): void {
    this.#setOpen(true);
  }

  noteMutations(records: readonly MutationRecord[]): boolean {
    const root = this.#extracted.root;
    if (!root.isConnected) return true;
    let relevant = false;
    for (const record of records) {
      if (record.type === 'characterData') {
        // A mention's text changed under its range: stop painting it now, not after the refresh.
        const stale = this.#marksByNode.get(record.target);
        if (stale) this.#highlighter.drop(stale);
      }
      if (!relevant && root.contains(record.target)) relevant = true;
    }
    return relevant;
  }

  async refresh(): Promise<boolean> {
    const signal = this.#controller.signal;
    // Fallback wrappers are our nodes in the page: read the page as it is without them.
    const wrapped = !this.#highlighter.usesHighlightApi;
    if (wrapped) this.#mute(() => this.#highlighter.clear());
    const extracted = await extractInSlices(signal);
    if (!extracted || signal.aborted) return !signal.aborted;
    if (extracted.article.text === this.#analysis.text) {
      // Same words; a framework may have re-created the nodes under them.
      if (wrapped || !sameNodes(extracted.segments, this.#extracted.segments) || this.#lostRanges()) {
        this.#extracted = extracted;
        this.#paint();
      }
      return true;
    }
    const found = await analyzeArticle(extracted, this.#packIds, this.#pack);
    if (signal.aborted) return false;
    if (!found) {
      this.destroy();
      return false;
    }
    this.#extracted = extracted;
    this.#analysis = found.analysis;
    this.#pack = found.pack;
    this.#paint();
    if (this.#card !== null && !found.analysis.entities.some((e) => e.id === this.#card)) this.#card = null;
    this.#render();
    this.#report();
    return true;
  }

  destroy(): void {
    if (this.#controller.signal.aborted) return;
    this.#controller.abort();
    this.#ui.unmount();
    this.#host.destroy();
    this.#mute(() => this.#highlighter.clear());
    if (isContextValid()) void sendToBackground('page/status', null).catch(() => undefined);
  }

  /**
   * Did the page move nodes under our ranges? Removing a node (even to re-insert it, as
   * a reconciler reordering children does) collapses every range inside it.
   */
  #lostRanges(): boolean {
    for (const marks of this.#marks.values()) for (const mark of marks) if (mark.range.collapsed) return true;
    return false;
  }

  /** Ranges from the engine's offsets, painted; then the click index over what was painted. */
  #paint(): void {
    const segments = this.#extracted.segments;
    this.#marks.clear();
    const all: Mark[] = [];
    for (const entity of this.#analysis.entities) {
      const marks: Mark[] = [];
      entity.mentions.forEach((m, index) => {
        const range = spanToRange(document, segments, m.start, m.end);
        if (range) marks.push({ entityId: entity.id, type: entity.type, index, range });
      });
      this.#marks.set(entity.id, marks);
      all.push(...marks);
    }
    this.#mute(() => this.#highlighter.paint(all));
    // After painting: the fallback moves ranges onto its own nodes.
    this.#hits = new HitIndex();
    this.#marksByNode.clear();
    for (const mark of all) {
      for (const piece of rangePieces(mark.range)) {
        this.#hits.add(piece.node, piece.from, piece.to, mark);
        const list = this.#marksByNode.get(piece.node);
        if (list) list.push(mark);
        else this.#marksByNode.set(piece.node, [mark]);
      }
    }
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
    this.#openCard(mark.entityId, document.activeElement);
  }

  #openCard(entityId: string, from: Element | null): void {
    // Keep the first opener while the reader moves from card to card.
    if (this.#card === null) this.#returnFocus = from instanceof HTMLElement && from !== document.body ? from : null;
    this.#card = entityId;
    this.#render();
  }

  #closeCard(): void {
    this.#card = null;
    this.#render();
    const back = this.#returnFocus;
    this.#returnFocus = null;
    if (back?.isConnected) back.focus({ preventScroll: true });
  }

  #showMention(entityId: string, index: number): void {
    const marks = this.#marks.get(entityId);
    const mark = marks?.[((index % marks.length) + marks.length) % marks.length];
    if (!mark) return;
    const target = mark.range.startContainer.parentElement;
    const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
    target?.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
    this.#highlighter.flash(mark);
  }

  #setOpen(open: boolean): void {
    this.#open = open;
    void this.#save({ panelOpen: open });
    this.#render();
    this.#report();
  }

  async #save(patch: Partial<Settings>): Promise<void> {
    // A lost write of the reader's panel choice is not worth a page error.
    if (isContextValid()) await updateSettings(patch).catch((error: unknown) => console.debug('[sidelight]', error));
  }

  #render(): void {
    this.#ui.render({
      analysis: this.#analysis,
      pack: this.#pack,
      open: this.#open,
      side: this.#side,
      cardEntityId: this.#card,
      onToggle: () => this.togglePanel(),
      onSideChange: (side) => {
        this.#side = side;
        void this.#save({ side });
        this.#render();
      },
      // From the panel (or a link inside a card): focus goes back to that control.
      onSelectEntity: (id) => this.#openCard(id, this.#host.root.activeElement),
      onCloseCard: () => this.#closeCard(),
      onShowMention: (id, index) => this.#showMention(id, index),
    });
  }

  #report(): void {
    void sendToBackground('page/status', this.status()).catch(() => undefined);
  }
}
