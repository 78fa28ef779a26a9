/**
 * The engine's input (ArticleText, made by src/extract) and output (Analysis, the
 * public JSON contract of DESIGN.md: add fields, never change them).
 * All offsets are UTF-16 code-unit offsets into `ArticleText.text`.
 */
import type { EntityType, Source } from '../pack/types.ts';

export type BlockKind = 'heading' | 'paragraph' | 'quote' | 'item' | 'caption';

/** A block of the article text: a paragraph, heading, list item… */
export interface Block {
  start: number;
  end: number;
  kind: BlockKind;
}

export interface ArticleMetadata {
  description: string | null;
  siteName: string | null;
  published: string | null;
  authors: string[];
  /** og:type, or the JSON-LD @type of the page's main item. */
  type: string | null;
  keywords: string[];
}

export interface ArticleText {
  url: string | null;
  title: string | null;
  lang: string | null;
  /** Is this an article (JSON-LD NewsArticle, og:type=article, <article>, enough prose)? */
  isArticle: boolean;
  /** Blocks joined by "\n\n". */
  text: string;
  blocks: Block[];
  metadata: ArticleMetadata;
}

export interface Span {
  start: number;
  end: number;
}

export interface Evidence {
  term: string;
  entityId: string | null;
  count: number;
}

export interface IncidentMatch {
  id: string;
  title: string;
  score: number;
  evidence: Evidence[];
}

export interface EntityResult {
  id: string;
  name: string;
  type: EntityType;
  role: string;
  mentions: Span[];
}

export interface Speaker {
  name: string;
  entityId: string | null;
  /** The role the article gives (appositive, title), when it gives one. */
  role?: string | null;
}

export interface QuoteResult {
  text: string;
  /** Span of the quoted words, without the quotation marks. */
  start: number;
  end: number;
  speaker: Speaker | null;
}

export interface Counterclaim {
  id: string;
  text: string;
  claimants: string[];
  inArticle: boolean;
  sources: Source[];
}

export interface ClaimResult {
  id: string;
  text: string;
  claimants: string[];
  mentions: Span[];
  counterclaims: Counterclaim[];
  sources: Source[];
}

export interface FactResult {
  id: string;
  date: string;
  text: string;
  inArticle: boolean;
  disputed?: string;
  sources: Source[];
}

export const ANALYSIS_SCHEMA = 'sidelight.analysis/1';

export interface Analysis {
  schema: typeof ANALYSIS_SCHEMA;
  url: string | null;
  title: string | null;
  lang: string | null;
  isArticle: boolean;
  incident: IncidentMatch | null;
  text: string;
  entities: EntityResult[];
  quotes: QuoteResult[];
  claims: ClaimResult[];
  facts: FactResult[];
}
