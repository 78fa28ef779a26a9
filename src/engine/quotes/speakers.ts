/**
 * From a subject in the text to a speaker: pack entities first (a mention under the name,
 * else the full name or — for people — the surname), then names as the article gives them.
 * Pronouns and "the company" go back to the nearest compatible speaker or person;
 * statements and messages to their author.
 */
import type { Entity, EntityType, Pack } from '../../pack/types.ts';
import type { EntityResult, Speaker, Span } from '../types.ts';
import type { Article } from './article.ts';
import { eventsBetween, type SpeechEvent } from './events.ts';
import {
  ATTACK_VOCABULARY, ATTACKER_ROLE, CLAIMED_ROLE, DETERMINERS, NEWS_OUTLET, SYSTEM_WORDS, WIRE_SERVICES,
  capitalCountry, roleStems, stem, type Want,
} from './lexicon.ts';
import { honorificGender, looksLikeOrganisation, nameRuns, nameText, roleAround, type Subject } from './phrases.ts';
import { fold } from './tokens.ts';
import { firstNotBefore } from '../text/search.ts';

export interface Identity {
  key: string;
  name: string;
  entityId: string | null;
  type: EntityType | 'unknown';
  /** Known from the pack, an honorific, or the first he/she that refers to the name. */
  gender: 'male' | 'female' | null;
  packRole: string | null;
}

interface Resolution {
  identity: Identity;
  /** Where in the text the speaker is named, for the role the article gives there. */
  span: Span | null;
}

/** Where a quotation stands: its opening mark and the start of its sentence. */
export interface QuoteContext {
  open: number;
  sentenceStart: number;
}

/** How far back a pronoun looks for its antecedent. */
const PRONOUN_REACH = 3000;
const AMBIGUOUS = '';

/** Folded full names and aliases → entity id; folded surnames of people → id ('' when two share one). */
interface NameIndex {
  byFullName: ReadonlyMap<string, string>;
  bySurname: ReadonlyMap<string, string>;
}

function nameIndex(named: readonly { id: string; type: EntityType; names: readonly string[] }[]): NameIndex {
  const byFullName = new Map<string, string>();
  const bySurname = new Map<string, string>();
  for (const { id, type, names } of named) {
    for (const name of names) {
      const key = fold(name);
      byFullName.set(key, byFullName.has(key) && byFullName.get(key) !== id ? AMBIGUOUS : id);
      const words = key.split(/\s+/u);
      const surname = words[words.length - 1];
      if (type !== 'person' || words.length < 2 || surname === undefined) continue;
      bySurname.set(surname, bySurname.has(surname) && bySurname.get(surname) !== id ? AMBIGUOUS : id);
    }
  }
  return { byFullName, bySurname };
}

interface PackIndex extends NameIndex {
  entities: ReadonlyMap<string, Entity>;
  /** Folded words of each entity's name and aliases. */
  words: ReadonlyMap<string, ReadonlySet<string>>;
  /** Organisations by the words of their names: "the Albanian interior" → the interior ministry. */
  organisationsByWord: ReadonlyMap<string, readonly string[]>;
}

function nameWords(names: readonly string[]): Set<string> {
  return new Set(names.flatMap((n) => fold(n).split(/[^\p{L}\p{N}]+/u)).filter((w) => w.length > 1));
}

// A pack's names are folded once, not on every article (packs are immutable once loaded).
const PACK_INDEX = new WeakMap<Pack, PackIndex>();

function packIndex(pack: Pack): PackIndex {
  let index = PACK_INDEX.get(pack);
  if (index === undefined) {
    const names = nameIndex(pack.entities.map((e) => ({ id: e.id, type: e.type, names: [e.name, ...Object.values(e.aliases).flat()] })));
    const words = new Map(pack.entities.map((e) => [e.id, nameWords([e.name, ...Object.values(e.aliases).flat()])]));
    const organisationsByWord = new Map<string, string[]>();
    for (const e of pack.entities) {
      if (e.type !== 'organization') continue;
      for (const w of words.get(e.id) ?? []) organisationsByWord.set(w, [...(organisationsByWord.get(w) ?? []), e.id]);
    }
    index = { ...names, entities: new Map(pack.entities.map((e) => [e.id, e])), words, organisationsByWord };
    PACK_INDEX.set(pack, index);
  }
  return index;
}

const NO_INDEX: Omit<PackIndex, keyof NameIndex> = { entities: new Map(), words: new Map(), organisationsByWord: new Map() };

/** How many sentences back "it said… / the statement said" follows a chain of pronouns. */
const CHAIN_DEPTH = 3;

/**
 * "По словам Нельсона", "по словам Эди Рамы": Russian names after a preposition stand in the
 * genitive. The nominative forms they may come from; only a name the pack links is taken, so a
 * wrong guess never becomes a speaker's name.
 */
function russianBaseForms(words: readonly string[]): string[] {
  if (!words.every((w) => /^[\p{Script=Cyrillic}-]+$/u.test(w))) return [];
  const bases = (w: string): string[] => {
    const stem = w.slice(0, -1);
    // A first name may not decline ("Эди Рамы"): the word as written is a candidate too.
    if (w.endsWith('а')) return [w, stem];
    if (w.endsWith('ы')) return [w, `${stem}а`];
    if (w.endsWith('и')) return [w, `${stem}я`, `${stem}а`];
    if (w.endsWith('я')) return [w, `${stem}й`, `${stem}ь`];
    return [w];
  };
  let forms = [''];
  for (const w of words) forms = forms.flatMap((f) => bases(w).map((b) => (f === '' ? b : `${f} ${b}`)));
  return forms.filter((f) => f !== words.join(' '));
}

export class Resolver {
  private readonly article: Article;
  private readonly events: readonly SpeechEvent[];
  private readonly pack: Pack | null;
  private readonly packEntities: ReadonlyMap<string, Entity>;
  private readonly index: Omit<PackIndex, keyof NameIndex>;
  private readonly results = new Map<string, EntityResult>();
  private readonly byFullName: ReadonlyMap<string, string>;
  private readonly bySurname: ReadonlyMap<string, string>;
  private readonly identities = new Map<string, Identity>();
  /** Pack entity id → its identity: every mention of the text resolves through here. */
  private readonly entityIdentities = new Map<string, Identity>();
  private readonly unknownBySurname = new Map<string, Identity>();
  private introRoles: Map<string, string | null> | null = null;
  private candidateList: Span[] | null = null;

  constructor(article: Article, events: readonly SpeechEvent[], entities: readonly EntityResult[], pack: Pack | null) {
    this.article = article;
    this.events = events;
    this.pack = pack;
    for (const e of entities) this.results.set(e.id, e);
    const names = pack ? packIndex(pack) : nameIndex(entities.map((e) => ({ id: e.id, type: e.type, names: [e.name] })));
    this.index = pack ? packIndex(pack) : NO_INDEX;
    this.packEntities = this.index.entities;
    this.byFullName = names.byFullName;
    this.bySurname = names.bySurname;
    // Meet the speakers in reading order, so a later surname ("Smith said") finds the full name
    // the article introduced ("John Smith told…").
    for (const e of events) if (e.subject?.kind === 'name') this.resolveName(e.subject.start, e.subject.end);
  }

  /** The speaker for a subject, with the role the article gives, else the pack's. */
  speaker(subject: Subject, context: QuoteContext): Speaker | null {
    const resolved = this.resolve(subject, context);
    if (resolved === null) return null;
    const { identity, span } = resolved;
    const role = (span ? roleAround(this.article, span.start, span.end) : null) ?? this.introRole(identity) ?? identity.packRole;
    return { name: identity.name, entityId: identity.entityId, role };
  }

  private resolve(subject: Subject, context: QuoteContext): Resolution | null {
    switch (subject.kind) {
      case 'name':
        return this.resolveName(subject.start, subject.end);
      case 'pronoun':
      case 'implicit':
        return this.resolvePronoun(subject.want, Math.min(subject.at, context.open), context.sentenceStart);
      case 'description':
        return this.resolveDescription(subject, context);
      case 'document':
        return this.resolveDocument(subject, context);
    }
  }

  // ---- Names ---------------------------------------------------------------------------

  private entityIdentity(id: string): Identity | null {
    const cached = this.entityIdentities.get(id);
    if (cached) return cached;
    const result = this.results.get(id);
    const entity = this.packEntities.get(id);
    if (!result && !entity) return null;
    const identity: Identity = {
      key: `entity:${id}`,
      name: entity?.name ?? result?.name ?? id,
      entityId: id,
      type: entity?.type ?? result?.type ?? 'unknown',
      gender: entity?.gender ?? null,
      packRole: entity?.role || result?.role || null,
    };
    this.entityIdentities.set(id, identity);
    return identity;
  }

  resolveName(start: number, end: number): Resolution | null {
    const mentions = this.article.mentionsIn(start, end);
    const mention = mentions.find((m) => m.entity.type === 'person' || m.entity.type === 'organization') ?? mentions[0];
    // "Tehran said", "Washington … versprach": a capital speaks for its country.
    const country = mention === undefined || mention.entity.type === 'place' ? this.capitalOf(start, end) : null;
    if (country) return country;
    if (mention) {
      const identity = this.entityIdentity(mention.entity.id);
      if (identity) return { identity, span: { start: mention.start, end: mention.end } };
    }
    const name = nameText(this.article.text, start, end);
    if (name === '') return null;
    const key = fold(name);
    const words = key.split(/\s+/u);
    // A full name or alias of any entity; a surname alone only for people ("Spahiu said").
    const linked = this.linkedName(key) ?? russianBaseForms(words).map((base) => this.linkedName(base)).find((id) => id);
    const entity = linked ? this.entityIdentity(linked) : null;
    if (entity) return { identity: entity, span: { start, end } };
    const organisation = this.countryOrganisation(words, start);
    if (organisation) return { identity: organisation, span: { start, end } };
    return { identity: this.unknownIdentity(name, key, start, end), span: { start, end } };
  }

  /** The entity a folded name links to: a full name or alias, or a person's surname alone. */
  private linkedName(key: string): string | undefined {
    return this.byFullName.get(key) || (key.includes(' ') ? undefined : this.bySurname.get(key)) || undefined;
  }

  /**
   * "the Foreign Ministry said", "Foreign Ministry spokesman…": an organisation's name without
   * its country is the country's, named in the same or the previous sentence, when the pack has
   * exactly one organisation whose names hold these words and that country.
   */
  private countryOrganisation(words: readonly string[], start: number): Identity | null {
    let fits: readonly string[] | null = null;
    for (const w of words) {
      if (w.length < 2) continue;
      const ids = this.index.organisationsByWord.get(w) ?? [];
      fits = fits === null ? ids : fits.filter((id) => ids.includes(id));
    }
    if (fits === null || fits.length === 0) return null;
    const layout = this.article.layout;
    const from = layout.previousSentenceStart(layout.sentenceStart(start));
    const countries = new Set<string>();
    for (const m of this.article.mentionsIn(from, start)) if (m.entity.type === 'place') countries.add(m.entity.name);
    const matching = fits.filter((id) => [...countries].some((c) => this.ofCountry(id, c)));
    return matching.length === 1 && matching[0] !== undefined ? this.entityIdentity(matching[0]) : null;
  }

  /** Does an organisation's name carry the country's own name ("Albania" → "Albanian government", "Government of Albania")? */
  private ofCountry(organisation: string, countryName: string): boolean {
    const stems = [...nameWords([countryName])].filter((w) => w.length >= 4).map(stem);
    return [...(this.index.words.get(organisation) ?? [])].some((w) => stems.some((c) => w.startsWith(c)));
  }

  private capitalOf(start: number, end: number): Resolution | null {
    const country = capitalCountry(fold(nameText(this.article.text, start, end)));
    if (country === undefined) return null;
    const linked = this.byFullName.get(fold(country));
    const entity = linked ? this.entityIdentity(linked) : null;
    if (entity) return { identity: entity, span: null };
    const key = `country:${fold(country)}`;
    const identity = this.identities.get(key) ?? { key, name: country, entityId: null, type: 'place', gender: null, packRole: null };
    this.identities.set(key, identity);
    return { identity, span: null };
  }

  private unknownIdentity(name: string, key: string, start: number, end: number): Identity {
    const words = key.split(/\s+/u);
    // "John Smith … Smith said": a surname alone is the person named in full before.
    const known = this.identities.get(`name:${key}`) ?? (words.length === 1 ? this.unknownBySurname.get(key) : undefined);
    if (known) return known;
    const organisation = looksLikeOrganisation(this.article, start, end);
    const identity: Identity = {
      key: `name:${key}`,
      name,
      entityId: null,
      type: organisation ? 'organization' : words.length >= 2 ? 'person' : 'unknown',
      gender: honorificGender(this.article, start),
      packRole: null,
    };
    this.identities.set(identity.key, identity);
    const surname = words[words.length - 1];
    if (identity.type === 'person' && surname !== undefined) this.unknownBySurname.set(surname, identity);
    return identity;
  }

  // ---- Pronouns --------------------------------------------------------------------------

  private compatible(identity: Identity, want: Want): boolean {
    const { type, gender } = identity;
    switch (want) {
      case 'male':
      case 'female':
        return (type === 'person' || type === 'unknown') && (gender === null || gender === want);
      case 'person':
        return type === 'person' || type === 'unknown';
      case 'plural':
        return type === 'organization' || (type === 'unknown' && gender === null);
      case 'neuter':
        return type === 'organization' || type === 'place' || (type === 'unknown' && gender === null);
      case 'any':
        return type !== 'system';
    }
  }

  private accept(resolution: Resolution | null, want: Want): Resolution | null {
    if (resolution === null || !this.compatible(resolution.identity, want)) return null;
    // Gender at introduction: the first "she" that refers to a name says who she is.
    if ((want === 'male' || want === 'female') && resolution.identity.gender === null) {
      resolution.identity.gender = want;
    }
    return resolution;
  }

  /** People and organisations named outside quotations, in order: what pronouns refer back to. */
  private candidates(): Span[] {
    if (this.candidateList) return this.candidateList;
    const article = this.article;
    const spans: Span[] = [];
    for (const m of article.mentions) if (!article.quoted(m.start)) spans.push({ start: m.start, end: m.end });
    for (const e of this.events) {
      if (e.subject?.kind === 'name' && !article.quoted(e.subject.start)) spans.push({ start: e.subject.start, end: e.subject.end });
    }
    // "Mrs Anna Smith": a name after an honorific is a person, even if she never speaks.
    const { tokens } = article;
    for (const i of article.honorifics) {
      if (!tokens.at(i + 1)?.cap) continue;
      const run = nameRuns(article, { from: i, to: Math.min(tokens.length, i + 5) })[0];
      if (run !== undefined) spans.push({ start: tokens.at(run.from)?.start ?? 0, end: tokens.at(run.to - 1)?.end ?? 0 });
    }
    spans.sort((a, b) => a.start - b.start || b.end - a.end);
    this.candidateList = spans.filter((s, i) => i === 0 || s.start !== spans[i - 1]?.start);
    return this.candidateList;
  }

  /**
   * The speaker of the sentence before `sentenceStart`, if that sentence has one: a name, a
   * description, or a pronoun or statement that goes back further ("X said… / It said in a
   * statement… / “…,” the statement said").
   */
  private previousSpeaker(sentenceStart: number, accept: (r: Resolution | null) => Resolution | null, depth = 0): Resolution | null {
    const previous = this.article.layout.previousSentenceStart(sentenceStart);
    const events = eventsBetween(this.events, previous, sentenceStart);
    for (let i = events.length - 1; i >= 0; i--) {
      const subject = events[i]?.subject;
      let found: Resolution | null = null;
      // "The president said… / “…,” he said": an unnamed speaker is still the speaker.
      if (subject?.kind === 'name') found = accept(this.resolveName(subject.start, subject.end));
      else if (subject?.kind === 'description') found = accept(this.resolveDescription(subject, { open: subject.start, sentenceStart: previous }));
      else if (subject?.kind === 'pronoun' && depth < CHAIN_DEPTH) {
        const want = subject.want;
        found = accept(this.previousSpeaker(previous, (r) => this.accept(r, want), depth + 1));
      } else if (subject?.kind === 'document' && subject.owner === null && !subject.message && depth < CHAIN_DEPTH) {
        // "“…,” said the statement. / “…”": the statement's author, named before it.
        found = this.previousSpeaker(previous, accept, depth + 1);
      }
      if (found) return found;
    }
    return null;
  }

  private resolvePronoun(want: Want, before: number, sentenceStart: number): Resolution | null {
    // A sentence that introduces the speaker comes right before the quotation: prefer it to
    // whoever else was mentioned last ("X said the country should brace… / “…”, he told…").
    const introduced = this.previousSpeaker(sentenceStart, (r) => this.accept(r, want));
    if (introduced) return introduced;
    // News agencies report what others say: "it" and "they" are almost never the wire.
    return this.nearest(before, (r) => (r !== null && this.isNewsAgency(r.identity) ? null : this.accept(r, want)));
  }

  private nearest(before: number, accept: (r: Resolution | null) => Resolution | null): Resolution | null {
    const list = this.candidates();
    for (let i = firstNotBefore(list.length, (k) => list[k]!.start < before) - 1; i >= 0; i--) {
      const span = list[i];
      if (span === undefined || span.start < before - PRONOUN_REACH) break;
      const found = accept(this.resolveName(span.start, span.end));
      if (found) return found;
    }
    return null;
  }

  // ---- Descriptions and documents ----------------------------------------------------------

  /** "the company" → the nearest organisation; "the minister" → the nearest person with that role. */
  private describedEntity(subject: Extract<Subject, { kind: 'description' }>, before: number): Resolution | null {
    const { head, org } = subject;
    if (!org) {
      const stems = roleStems(head);
      return this.nearest(before, (r) => {
        if (r === null || (r.identity.type !== 'person' && r.identity.type !== 'unknown')) return null;
        const role = (r.span ? roleAround(this.article, r.span.start, r.span.end) : null) ?? r.identity.packRole ?? '';
        const folded = fold(role);
        return stems.some((s) => folded.includes(s)) ? r : null;
      });
    }
    const organisation = (r: Resolution | null): Resolution | null =>
      r !== null && r.identity.type === 'organization' && !this.isNewsAgency(r.identity) ? r : null;
    // "Albania's Interior Ministry said… / The ministry said…": the organisation the noun names.
    return this.nearest(before, (r) => (organisation(r) && this.nameHas(r?.identity ?? null, head) ? r : null)) ??
      this.describedInPack(subject, before) ??
      this.nearest(before, organisation);
  }

  /** Does a name or alias of the speaker contain the noun ("ministry" in "Interior Ministry")? */
  private nameHas(identity: Identity | null, noun: string): boolean {
    if (identity === null) return false;
    const words = identity.entityId !== null ? this.index.words.get(identity.entityId) : undefined;
    const prefix = stem(noun);
    for (const w of words ?? nameWords([identity.name])) if (w.startsWith(prefix)) return true;
    return false;
  }

  /**
   * A description that only one pack organisation's names fit: "the Albanian interior" (the
   * Albanian interior ministry); "the government" after Albania was named (Albania's government).
   */
  private describedInPack(subject: Extract<Subject, { kind: 'description' }>, before: number): Resolution | null {
    const { tokens } = this.article;
    const words: string[] = [];
    for (let i = tokens.atOrAfter(subject.start); i < tokens.length && (tokens.at(i)?.end ?? Infinity) <= subject.end; i++) {
      const key = tokens.at(i)?.key ?? '';
      if (!DETERMINERS.has(key) && key.length > 1) words.push(key);
    }
    let fits: readonly string[] | null = null;
    for (const w of words) {
      const ids = this.index.organisationsByWord.get(w) ?? [];
      fits = fits === null ? ids : fits.filter((id) => ids.includes(id));
    }
    if (fits === null || fits.length === 0) return null;
    if (fits.length > 1 || words.length < 2) {
      // One word: the organisation of the country named last ("the government" → Albania's).
      const country = this.nearest(before, (r) => (r?.identity.type === 'place' && r.identity.entityId !== null ? r : null));
      if (country === null) return null;
      fits = fits.filter((id) => this.ofCountry(id, country.identity.name));
      if (fits.length !== 1) return null;
    }
    const identity = fits[0] !== undefined ? this.entityIdentity(fits[0]) : null;
    return identity ? { identity, span: null } : null;
  }

  /** A wire service or news outlet: it reports quotations, it rarely makes them. */
  private isNewsAgency(identity: Identity): boolean {
    const entity = identity.entityId !== null ? this.packEntities.get(identity.entityId) : undefined;
    if (entity !== undefined && NEWS_OUTLET.test(`${entity.role} ${entity.description}`)) return true;
    return WIRE_SERVICES.has(fold(identity.name));
  }

  /**
   * A speaker the article describes but does not name ("the official", "a spokeswoman",
   * "der Sprecher"). Its name is the article's own phrase, determiner included, so the panel
   * shows "— the official" rather than a made-up proper name such as "Official"; only a
   * sentence-initial capital on the determiner is undone ("The official said" → "the official").
   * The same description without its determiner is the same speaker ("an official… the official").
   */
  private unnamed(start: number, end: number, type: EntityType | 'unknown'): Resolution {
    const { tokens, text } = this.article;
    const first = tokens.atOrAfter(start);
    let from = first;
    while (DETERMINERS.has(tokens.at(from)?.key ?? '') && (tokens.at(from + 1)?.start ?? end) < end) from++;
    const key = `unnamed:${fold(text.slice(tokens.at(from)?.start ?? start, end))}`;
    const phrase = text.slice(start, end);
    const name = from > first ? phrase.charAt(0).toLocaleLowerCase() + phrase.slice(1) : phrase;
    const identity = this.identities.get(key) ?? { key, name, entityId: null, type, gender: null, packRole: null };
    this.identities.set(key, identity);
    return { identity, span: null };
  }

  private resolveDescription(subject: Extract<Subject, { kind: 'description' }>, context: QuoteContext): Resolution {
    const found = subject.definite ? this.describedEntity(subject, Math.min(subject.start, context.open)) : null;
    return found ?? this.unnamed(subject.start, subject.end, subject.org ? 'organization' : 'person');
  }

  private resolveDocument(subject: Extract<Subject, { kind: 'document' }>, context: QuoteContext): Resolution {
    if (subject.owner !== null) {
      const owner = this.resolvePronoun(subject.owner, Math.min(subject.start, context.open), context.sentenceStart);
      if (owner) return owner;
    }
    if (subject.message) {
      const attackers = this.messageOnBreachedSystem(context);
      if (attackers) return { identity: attackers, span: null };
    }
    // "The US National Security Council has reacted…, stating… / “…” a statement on Twitter reads."
    const author = this.previousSpeaker(context.sentenceStart, (r) => r);
    return author ?? this.unnamed(subject.start, subject.end, 'unknown');
  }

  /**
   * A message that appears on a system, in an article about a breach, was put there by whoever
   * broke in. The pack says who that is: the one person or organisation whose role or description
   * calls it the attacker, hacker group or persona (preferring one that claimed the attack).
   * The speaker's name says what the text gives — a message on the system — and links to
   * that entity, without pretending the article named it.
   */
  private messageOnBreachedSystem(context: QuoteContext): Identity | null {
    const { text, tokens } = this.article;
    if (!ATTACK_VOCABULARY.test(text)) return null;
    let system: string | null = null;
    for (const m of this.article.mentionsIn(context.sentenceStart, context.open)) {
      if (m.entity.type === 'system') system ??= text.slice(m.start, m.end);
    }
    if (system === null) {
      for (let i = tokens.atOrAfter(context.sentenceStart); i < tokens.length; i++) {
        const t = tokens.at(i);
        if (t === undefined || t.start >= context.open) break;
        if (!SYSTEM_WORDS.has(t.key)) continue;
        const before = tokens.at(i - 1);
        // "the TIMS system" names it; "The screen carried…" only has a capital at the sentence start.
        const named = before !== undefined && before.cap && before.start > context.sentenceStart;
        system = named ? text.slice(before.start, before.end) : `the ${text.slice(t.start, t.end)}`;
        break;
      }
    }
    if (system === null) return null;
    const attacker = this.attackerEntity();
    const name = `Attackers (message on ${system})`;
    return {
      key: `attackers:${fold(name)}`,
      name,
      entityId: attacker?.id ?? null,
      type: 'organization',
      gender: null,
      packRole: attacker?.role ?? null,
    };
  }

  private attackerEntity(): Entity | null {
    let best: Entity | null = null;
    let bestScore = 0;
    let tie = false;
    for (const e of this.pack?.entities ?? []) {
      if (e.type !== 'organization' && e.type !== 'person') continue;
      const about = `${e.role} ${e.description}`;
      if (!ATTACKER_ROLE.test(about)) continue;
      const score = CLAIMED_ROLE.test(about) ? 2 : 1;
      if (score > bestScore) {
        best = e;
        bestScore = score;
        tie = false;
      } else if (score === bestScore) {
        tie = true;
      }
    }
    return tie ? null : best;
  }

  /** The role the article gives the speaker where it first names them with one. */
  private introRole(identity: Identity): string | null {
    if (this.introRoles === null) {
      // One pass over the names outside quotations, in reading order: the first role given wins.
      const roles = new Map<string, string | null>();
      for (const span of this.candidates()) {
        const key = this.resolveName(span.start, span.end)?.identity.key;
        if (key === undefined || (roles.get(key) ?? null) !== null) continue;
        roles.set(key, roleAround(this.article, span.start, span.end));
      }
      this.introRoles = roles;
    }
    return this.introRoles.get(identity.key) ?? null;
  }
}
