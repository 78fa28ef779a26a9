/**
 * The knowledge pack: one incident, every item sourced. Plain JSON; the engine
 * takes a pack as a parameter and never imports one.
 *
 * Dates are ISO strings with their precision: "2022", "2022-07" or "2022-07-15".
 * IDs are stable kebab-case strings, unique across the whole pack.
 */

export const PACK_SCHEMA = 'sidelight.pack/1';

/** Languages the pack carries terms and aliases for (ISO 639-1). */
export type Lang = string;

export interface Source {
  url: string;
  publisher: string;
  /** Publication date, when known. */
  date?: string;
  /** A short supporting excerpt, quoted as published. */
  excerpt?: string;
}

export type EntityType = 'person' | 'organization' | 'place' | 'system';

/**
 * How an alias that is ambiguous on its own is matched (a bare surname, a short
 * acronym): "Rama" should not be a river or "Ramadan"; "MEK" not a word in another language.
 */
export interface AliasRule {
  alias: string;
  /** Match only with this exact letter case. */
  caseSensitive?: boolean;
  /**
   * Count the alias only when the text also mentions one of these entities by an
   * unambiguous alias. The entity's own id means "only after its full name appears".
   */
  requires?: string[];
}

export interface Entity {
  id: string;
  name: string;
  type: EntityType;
  /** Role as of the incident, e.g. "Prime Minister of Albania". */
  role: string;
  /** One or two sentences written for Sidelight. */
  description: string;
  /** For resolving "he said" / "she said" to the nearest compatible person. */
  gender?: 'male' | 'female';
  /** Aliases by language. Inflected forms (Albanian "Ramës", "Iranit") are listed explicitly. */
  aliases: Record<Lang, string[]>;
  /** Rules for aliases (from `aliases`) that are ambiguous alone. */
  aliasRules?: AliasRule[];
  /**
   * Adjective and demonym stems by language ("Albanian", "albanais", "iranisch",
   * "албанск"), matched at the start of a word as prefixes, so every inflection
   * counts. "The Albanian government" is about Albania: the stems are evidence for
   * detection and match the entity's "@id" cue terms, but are never highlighted
   * as mentions of it.
   */
  adjectives?: Record<Lang, string[]>;
  sources: Source[];
}

/**
 * A cue says that a sentence mentions an item: the sentence must contain every
 * term of at least one cue. A term is one or more alternatives separated by "|";
 * an alternative matches at the start of a word (so "attack" also finds "attacks"),
 * after case, diacritics, quotes and dashes are folded. An alternative that starts
 * with "@" names an entity id: any alias of that entity matches.
 */
export type Cue = string[];

export interface Fact {
  id: string;
  date: string;
  text: string;
  category: string;
  /** Where sources disagree, what they disagree on (never picked silently). */
  disputed?: string;
  entities?: string[];
  cues: Cue[];
  sources: Source[];
}

export interface Claim {
  id: string;
  text: string;
  /** Entity ids of those who made the claim. */
  claimants: string[];
  date?: string;
  supports?: string[];
  disputes?: string[];
  cues: Cue[];
  sources: Source[];
}

/** A notable direct quotation, verbatim as published, kept as a citation. */
export interface PackQuote {
  id: string;
  /** Entity id of the speaker. */
  speaker: string;
  text: string;
  date: string;
  lang: Lang;
  context?: string;
  sources: Source[];
}

export interface EventTerm {
  /** Matched as a whole word; a final "*" matches any ending ("siber saldırı*"). */
  term: string;
  lang: Lang;
  /** Evidence weight, 0–1. */
  weight: number;
}

export interface Pack {
  schema: typeof PACK_SCHEMA;
  /** Also the incident id reported in the Analysis. */
  id: string;
  version: string;
  title: string;
  summary: string;
  languages: Lang[];
  /**
   * Cheap prefilter terms, lower-case and folded: a page whose title, URL, metadata
   * or opening text contains none of them is not analysed further.
   */
  triggers: string[];
  eventTerms: EventTerm[];
  entities: Entity[];
  facts: Fact[];
  claims: Claim[];
  quotes: PackQuote[];
}
