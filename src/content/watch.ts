/**
 * Notices when the page's article may have changed: single-page-app navigation (the
 * Navigation API's `currententrychange`, `popstate`, and a URL check on every mutation
 * batch for browsers without that API — patching `history` from an isolated world
 * would not see the page's own calls), late-loaded bodies and infinite scroll (one
 * batched MutationObserver). Changes are debounced and handled in idle time, one at
 * a time, so a busy page costs a cheap callback per batch and nothing more.
 */
import { HOST_TAG } from '../shared/host-tag.ts';
import { whenIdle } from './schedule.ts';

/** Quiet time after the last change before we look again. */
const QUIET_MS = 400;
/** …but a page that never stops changing is still looked at this often. */
const MAX_WAIT_MS = 2500;

export interface WatchHooks {
  /** Synchronous, once per mutation batch: may these records change the article? Keep it cheap. */
  relevant(records: readonly MutationRecord[]): boolean;
  /** After the page settled, in idle time; never called again before the previous call ends. */
  settled(): Promise<void>;
}

/** The part of the Navigation API we use (Chromium; not in every browser). */
interface NavigationEvents {
  addEventListener(type: 'currententrychange', listener: () => void, options: AddEventListenerOptions): void;
}

const isOurs = (node: Node) => node.nodeName.toLowerCase() === HOST_TAG;

/** Records about our own host element only (added, removed, restyled). */
function onlyOurs(record: MutationRecord): boolean {
  if (isOurs(record.target)) return true;
  if (record.type !== 'childList') return false;
  for (const n of record.addedNodes) if (!isOurs(n)) return false;
  for (const n of record.removedNodes) if (!isOurs(n)) return false;
  return true;
}

export class PageWatch {
  readonly #hooks: WatchHooks;
  readonly #signal: AbortSignal;
  readonly #observer: MutationObserver;
  readonly #root: Element;
  #text: boolean | null = null;
  #url = location.href;
  #quietTimer: ReturnType<typeof setTimeout> | undefined;
  #firstPending = 0;
  #cancelIdle: (() => void) | null = null;
  #running = false;
  #again = false;

  constructor(doc: Document, hooks: WatchHooks, signal: AbortSignal, { text }: { text: boolean }) {
    this.#hooks = hooks;
    this.#signal = signal;
    this.#root = doc.documentElement;
    this.#observer = new MutationObserver((records) => this.#onRecords(records));
    this.observeText(text);
    const onNavigate = () => this.#checkUrl();
    window.addEventListener('popstate', onNavigate, { signal });
    const navigation = (globalThis as { navigation?: NavigationEvents }).navigation;
    navigation?.addEventListener('currententrychange', onNavigate, { signal });
    signal.addEventListener('abort', () => {
      this.#observer.disconnect();
      clearTimeout(this.#quietTimer);
      this.#cancelIdle?.();
    });
  }

  /**
   * Whether edits of text are heard too. Only a page with highlights needs them (a
   * mention's text changed); any other page cares only for new nodes, and a ticker or a
   * clock rewriting its text all day then costs it nothing.
   */
  observeText(text: boolean): void {
    if (text === this.#text) return;
    this.#text = text;
    // Observing the same node again replaces the options.
    this.#observer.observe(this.#root, { childList: true, subtree: true, characterData: text });
  }

  /** Runs our own DOM writes (the highlight fallback) without hearing them as page changes. */
  mute(write: () => void): void {
    write();
    this.#observer.takeRecords();
  }

  #onRecords(records: MutationRecord[]): void {
    if (this.#checkUrl()) return;
    if (records.every(onlyOurs)) return;
    if (this.#hooks.relevant(records)) this.#schedule();
  }

  /** True (and a check scheduled) when the address changed since we last looked. */
  #checkUrl(): boolean {
    if (location.href === this.#url) return false;
    this.#url = location.href;
    this.#schedule();
    return true;
  }

  #schedule(): void {
    if (this.#signal.aborted) return;
    if (this.#running) {
      this.#again = true;
      return;
    }
    const now = performance.now();
    if (this.#quietTimer === undefined && this.#cancelIdle === null) this.#firstPending = now;
    clearTimeout(this.#quietTimer);
    const wait = Math.max(0, Math.min(QUIET_MS, this.#firstPending + MAX_WAIT_MS - now));
    this.#quietTimer = setTimeout(() => {
      this.#quietTimer = undefined;
      this.#cancelIdle ??= whenIdle(() => void this.#run(), 1000);
    }, wait);
  }

  async #run(): Promise<void> {
    this.#cancelIdle = null;
    if (this.#signal.aborted) return;
    this.#running = true;
    try {
      await this.#hooks.settled();
    } catch (error) {
      console.debug('[sidelight]', error);
    } finally {
      this.#running = false;
    }
    if (this.#again) {
      this.#again = false;
      this.#schedule();
    }
  }
}
