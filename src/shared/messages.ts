/**
 * Typed messages, one map per direction (hypothesis' port-rpc-calls pattern).
 * Each entry maps a message type to its payload and its reply.
 */
import type { Analysis, ArticleText } from '../engine/types.ts';
import type { Pack } from '../pack/types.ts';
import type { PrefilterEntry } from './settings.ts';

/** A match, summarised for the popup and the badge. */
export interface MatchSummary {
  id: string;
  title: string;
  /** Detection score, 0–1. */
  score: number;
  counts: { names: number; quotes: number; claims: number; facts: number };
}

/** What a tab's content script knows about its page; the popup shows it. */
export interface TabStatus {
  /** Null when the page is not about a known incident (or was not analysed). */
  match: MatchSummary | null;
  panelOpen: boolean;
  /** False when the reader turned Sidelight off for this site. */
  siteEnabled: boolean;
}

export interface AnalyzeRequest {
  article: ArticleText;
  packIds: string[];
  /** The pack the tab already holds (after an earlier analysis), so it is not sent again. */
  held: { id: string; version: string } | null;
}

/**
 * The analysis without its `text` (the tab has it: it sent it), and the pack it was
 * made with, unless the tab already holds that very pack. A page that changes keeps
 * its messages small.
 */
export interface AnalyzeReply {
  analysis: Omit<Analysis, 'text'>;
  pack: Pack | null;
}

/** Content script → background (runtime.sendMessage). */
export interface ToBackground {
  /**
   * Analyse an extracted article against the enabled packs the prefilter kept. The
   * engine runs in the background so that its cost never lands on the page's main
   * thread. Null when the article is not about any of their incidents.
   */
  'page/analyze': { payload: AnalyzeRequest; reply: AnalyzeReply | null };
  /**
   * The prefilter entries, for a content script that found none in storage (a page
   * that loaded before the worker's first publish after install).
   */
  'prefilter/get': { payload: null; reply: PrefilterEntry[] };
  /** Sets the toolbar badge for the sender's tab; null clears it. */
  'page/status': { payload: TabStatus | null; reply: void };
}

/** An installed pack as the options page lists it. */
export interface InstalledPackInfo {
  id: string;
  title: string;
  version: string;
  /** Shipped with the extension: can be disabled, not removed. */
  builtin: boolean;
  enabled: boolean;
  counts: { entities: number; facts: number; claims: number; quotes: number };
  /** Distinct source URLs cited. */
  sources: number;
}

export type ImportResult = { ok: true; message: string } | { ok: false; errors: string[] };

/** Popup and options page → background. */
export interface FromPopup {
  /** Inject the content script into a tab the reader chose (activeTab) and analyse it. */
  'tab/analyze': { payload: { tabId: number }; reply: void };
  'packs/list': { payload: null; reply: InstalledPackInfo[] };
  /** Validate and install a pack file's text; nothing changes unless it is valid and newer. */
  'packs/import': { payload: { text: string; file: string }; reply: ImportResult };
  'packs/set-enabled': { payload: { id: string; enabled: boolean }; reply: void };
  /** Remove an imported pack (a built-in one cannot be removed). */
  'packs/remove': { payload: { id: string }; reply: void };
  /** The pack as canonical JSON text, or null if unknown. */
  'packs/export': { payload: { id: string }; reply: string | null };
}

/** Background or popup → content script (tabs.sendMessage). */
export interface ToContent {
  'status/get': { payload: null; reply: TabStatus };
  'panel/toggle': { payload: null; reply: void };
  'panel/open': { payload: null; reply: void };
  /** Analyse even if the prefilter would skip the page (the reader asked), then open the panel. */
  'page/force-analyze': { payload: null; reply: void };
}

export type Message<M> = { [K in keyof M]: { type: K; payload: M[K] extends { payload: infer P } ? P : never } }[keyof M];
export type Reply<M, K extends keyof M> = M[K] extends { reply: infer R } ? R : never;

/** Narrow an unknown runtime message to one of a map's messages by its `type`. */
export function isMessage<M>(value: unknown, types: readonly (keyof M)[]): value is Message<M> {
  return typeof value === 'object' && value !== null && types.includes((value as { type: keyof M }).type);
}
