/**
 * The content script: a small classic script (see vite.config.ts) that runs on every
 * page of the curated news sites. It does the cheap prefilter only; the page walk and
 * the UI are loaded (dynamic import of the session chunk) once a page may be about a
 * known incident, and the engine itself runs in the background.
 *
 * Frames: the manifest leaves `all_frames` off, so this runs in the top document only.
 * News sites put their articles in the top document; what they put in iframes is ads,
 * embeds, comment widgets and video players, which we would skip anyway. Supporting
 * same-origin article iframes would need a host and a panel per frame and cross-frame
 * coordination of one badge and one panel — a cost paid by every framed ad on every page.
 */
import { prefilter } from '../engine/detect/prefilter.ts';
import { readPrefilterInput, type PrefilterInput } from '../extract/prefilter-input.ts';
import { STORAGE, readSettings, type PrefilterEntry, type Settings } from '../shared/settings.ts';
import { isMessage, type Message, type Reply, type TabStatus, type ToBackground, type ToContent } from '../shared/messages.ts';
import { ext, onMessage } from './ext.ts';
import { claimPage } from './lifecycle.ts';
import { whenIdle } from './schedule.ts';
import type { Session } from './session.ts';
import { PageWatch } from './watch.ts';

type SessionModule = typeof import('./session.ts');

const CONTENT_TYPES: readonly (keyof ToContent)[] = ['status/get', 'panel/toggle', 'panel/open', 'page/force-analyze'];

/** One object for the page's lifetime, so the prefilter compiles its triggers once. */
const BUILTIN_PREFILTER: readonly PrefilterEntry[] = __SIDELIGHT_BUILTIN_PREFILTER__;

const sameInput = (a: PrefilterInput, b: PrefilterInput): boolean =>
  a.title === b.title && a.url === b.url && a.meta === b.meta && a.head === b.head;

type Flag = 'sidelightStoredTriggers' | 'sidelightOnDemand';

/**
 * A flag the background set in our isolated world before this script ran:
 * - `sidelightStoredTriggers`, by public/content-stored-triggers.js, which it registers
 *   while packs other than the built-in ones are enabled: only then must a page's first
 *   look read triggers from storage;
 * - `sidelightOnDemand`, when it injects this script because the reader asked.
 */
function takeFlag(flag: Flag): boolean {
  const scope = globalThis as { [F in Flag]?: unknown };
  const set = scope[flag] === true;
  delete scope[flag];
  return set;
}

function main(): void {
  const claim = claimPage();
  const { signal } = claim;
  let session: Session | null = null;
  /** Every start, restart and refresh runs after the previous one: one session at a time. */
  let queue: Promise<unknown> = Promise.resolve();
  /** The prefilter's input when it last said no: unchanged input needs no second look. */
  let lastRejected: PrefilterInput | null = null;
  let watch: PageWatch | null = null;
  /** Whether we have called into the extension API yet (see listen). */
  let listening = false;
  const storedTriggers = takeFlag('sidelightStoredTriggers');

  const emptyStatus = (siteEnabled: boolean): TabStatus => ({ match: null, panelOpen: false, siteEnabled });

  /** Read at every start (rare: the first look, then navigations), so a newly imported pack is seen. */
  async function readState(): Promise<{ settings: Settings; entries: PrefilterEntry[] }> {
    const stored = await ext().storage.local.get([STORAGE.settings, STORAGE.prefilter]);
    const entries =
      (stored[STORAGE.prefilter] as PrefilterEntry[] | undefined) ??
      ((await ext().runtime.sendMessage({ type: 'prefilter/get', payload: null })) as Reply<ToBackground, 'prefilter/get'>);
    return { settings: readSettings(stored[STORAGE.settings]), entries };
  }

  /**
   * Answer the popup and the background from the first sign that the page may matter.
   * Until then nothing listens: a page the prefilter turns away never calls into the
   * extension API (the first call sets up its bindings, the costliest thing this script
   * could do there), and the popup, hearing nobody, shows what it shows on any page
   * without a match, "Analyse this page" included, which injects a fresh script.
   */
  function listen(): void {
    if (listening) return;
    listening = true;
    onMessage(handle, signal);
  }

  /** A look at the page through the prefilter's `input`; null when the reader asked (no prefilter). */
  async function start(input: PrefilterInput | null): Promise<void> {
    session?.destroy();
    session = null;
    // The built-in packs' triggers are compiled into this script: a page about none of
    // their incidents is turned away here, before any call into the extension API.
    if (input && !storedTriggers && prefilter(input, BUILTIN_PREFILTER).length === 0) return reject(input);
    // An old script left behind by an update stops here.
    if (!claim.stillValid()) return;
    listen();
    const state = await readState();
    if (signal.aborted) return;
    if (input && state.settings.disabledSites.includes(location.hostname)) return;
    const candidates = input ? prefilter(input, state.entries) : state.entries;
    if (input && candidates.length === 0) return reject(input);
    lastRejected = null;
    // The page walk and the analysis are real work: off the critical path, in idle time
    // (unless the reader asked for them).
    if (input) await new Promise<void>((resolve) => whenIdle(resolve));
    if (signal.aborted) return;
    // Only now pay for the page walk and the analysis. (`chrome.runtime.getURL` of a
    // constant, which Firefox also has, is the form web-ext lint accepts for an import.)
    const { startSession } = (await import(/* @vite-ignore */ chrome.runtime.getURL(__SIDELIGHT_SESSION_MODULE__))) as SessionModule;
    if (signal.aborted) return;
    const mute = (write: () => void) => (watch ? watch.mute(write) : write());
    session = await startSession({ signal, settings: state.settings, packIds: candidates.map((c) => c.id), mute });
    // Torn down while it started (the claim's abort handler saw no session yet).
    if (signal.aborted) return session?.destroy();
    if (session) {
      claim.watchContext();
      followSettings();
    }
    watchPage();
  }

  /** Not about a known incident (yet): keep an eye out for navigations and late content. */
  function reject(input: PrefilterInput): void {
    lastRejected = input;
    watchPage();
  }

  /** Watch the page for navigations and new content, and for edits of text while there are highlights. */
  function watchPage(): void {
    const text = session !== null;
    if (watch) watch.observeText(text);
    else watch = new PageWatch(document, { relevant, settled: () => enqueue(settled) }, signal, { text });
  }

  /**
   * Cheap, per mutation batch: only the session's article matters once there is one.
   * Without one, only new nodes can bring an article (a ticker rewriting its text
   * cannot), so edits of text alone do not wake the prefilter again.
   */
  function relevant(records: readonly MutationRecord[]): boolean {
    if (session) return session.noteMutations(records);
    return records.some((r) => r.addedNodes.length > 0);
  }

  /** The page changed (navigation, new content): refresh the session, or give the prefilter another look. */
  async function settled(): Promise<void> {
    if (session) {
      if (await session.refresh()) return;
      session = null;
    }
    const input = readPrefilterInput(document, location.href);
    if (lastRejected !== null && sameInput(lastRejected, input)) return;
    await start(input);
  }

  function enqueue(task: () => Promise<void>): Promise<void> {
    // An old script left behind by an update stops here, at its next piece of work
    // (before our first call into the extension API, start checks instead: checking
    // here would be that first call).
    const next = queue.then(() => ((listening ? claim.stillValid() : !signal.aborted) ? task() : undefined));
    queue = next.catch(reportError);
    return next;
  }

  let following = false;
  /**
   * Settings changed elsewhere (the popup, the options page): a site turned off loses
   * Sidelight at once. Only pages with a session listen: registering for storage events
   * is not free, and every other page has nothing to take down.
   */
  function followSettings(): void {
    if (following) return;
    following = true;
    const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
      const settings = changes[STORAGE.settings];
      if (area !== 'local' || !settings || !session) return;
      if (readSettings(settings.newValue).disabledSites.includes(location.hostname)) {
        session.destroy();
        session = null;
      }
    };
    ext().storage.onChanged.addListener(onStorage);
    signal.addEventListener('abort', () => ext().storage.onChanged.removeListener(onStorage));
  }

  /** A start the reader asked for, after whatever is under way. */
  function forceStart(): Promise<void> {
    return enqueue(() => start(null));
  }

  const handle = (message: unknown): Promise<unknown> | undefined =>
    isMessage<ToContent>(message, CONTENT_TYPES) ? answer(message) : undefined;
  const answer = async (message: Message<ToContent>): Promise<unknown> => {
    switch (message.type) {
      case 'status/get': {
        // Answer once the start under way (if any) has settled, so the answer is the real one.
        await queue;
        if (session) return session.status();
        const settings = readSettings((await ext().storage.local.get([STORAGE.settings]))[STORAGE.settings]);
        return emptyStatus(!settings.disabledSites.includes(location.hostname));
      }
      case 'panel/toggle':
        if (!session) await forceStart();
        session?.togglePanel();
        return null;
      case 'panel/open':
      case 'page/force-analyze':
        if (!session) await forceStart();
        session?.openPanel();
        return null;
    }
  };
  signal.addEventListener('abort', () => {
    session?.destroy();
    session = null;
  });

  // Injected because the reader asked (src/background/inject.ts): the request follows at once.
  if (takeFlag('sidelightOnDemand')) listen();
  // The first look is a few reads of the page and some string searches: done here, at
  // document_idle, where the manifest runs us. Scheduling it for idle time cost more main-
  // thread time than the look itself (bench 2a); what follows a match waits for idle time.
  void enqueue(() => start(readPrefilterInput(document, location.href)));
}

function reportError(error: unknown): void {
  // The page must never break because of us: log quietly and stay out of the way.
  console.debug('[sidelight]', error);
}

main();
