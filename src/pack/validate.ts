/**
 * Pack validator: runs at build time (tests), in the options page when a user
 * imports a pack, in the background worker and in the CLI — so it is plain
 * TypeScript with no DOM, no Node APIs and no schema library.
 *
 * It reports every problem it finds, each with the JSON path inside the file,
 * because a pack author fixing errors one run at a time gives up.
 */
import { PACK_SCHEMA, type Pack } from './types.ts';
import { ENTITY_TYPES, GENDERS, PACK_SHAPES, type ShapeName } from './shape.ts';
import { foldPackText } from './fold.ts';

export interface PackError {
  file: string;
  /** JSON path inside the file, e.g. `$.entities[3].aliases.sq[0]`. */
  path: string;
  message: string;
}

export type PackValidation = { ok: true; pack: Pack } | { ok: false; errors: PackError[] };

export function formatPackError(e: PackError): string {
  return `${e.file}: ${e.path}: ${e.message}`;
}

const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LANG_CODE = /^[a-z]{2,3}$/;
const VERSION = /^\d+\.\d+\.\d+$/;
const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
// No URL constructor: its presence differs between the contexts this runs in, and
// a pack only needs absolute http(s) links with a dotted host.
const HTTP_URL = /^https?:\/\/[^\s/?#@]+\.[^\s/?#@.]+(?::\d{1,5})?(?:[/?#]\S*)?$/i;

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return typeof v === 'object' ? 'an object' : `${typeof v} ${JSON.stringify(v)}`;
}

/** Real calendar dates only: "2022-02-30" is refused. */
export function isPackDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  if (m[2] === undefined) return true;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day >= 1 && day <= days;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row.push(Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost));
    }
    prev = row;
  }
  return prev[b.length] ?? 0;
}

/** Id references are checked after the whole pack is read, when every id is known. */
interface Reference {
  path: string;
  id: string;
  kind: 'entity' | 'claim';
  what: string;
}

class Checker {
  readonly errors: PackError[] = [];
  readonly refs: Reference[] = [];
  /** id → path of its first definition, across all lists. */
  readonly ids = new Map<string, string>();
  readonly entityIds = new Set<string>();
  readonly claimIds = new Set<string>();
  languages = new Set<string>();

  constructor(readonly file: string) {}

  error(path: string, message: string): void {
    this.errors.push({ file: this.file, path, message });
  }

  /** Missing required keys and unknown keys, with a "did you mean" for typos. */
  keys(obj: Json, shape: ShapeName, path: string): void {
    const { required, optional } = PACK_SHAPES[shape];
    const known: readonly string[] = [...required, ...optional];
    for (const key of required) {
      if (!(key in obj)) this.error(path, `missing required key "${key}"`);
    }
    for (const key of Object.keys(obj)) {
      if (known.includes(key)) continue;
      const near = known.find((k) => editDistance(k.toLowerCase(), key.toLowerCase()) <= 2);
      this.error(`${path}.${key}`, `unknown key "${key}"${near ? ` (did you mean "${near}"?)` : ''}`);
    }
  }

  text(obj: Json, key: string, path: string, required = true): string | undefined {
    const v = obj[key];
    if (v === undefined) return undefined; // reported by keys() when required
    if (typeof v !== 'string') {
      this.error(`${path}.${key}`, `expected a string, got ${describe(v)}`);
      return undefined;
    }
    if (required && v.trim() === '') this.error(`${path}.${key}`, 'must not be empty');
    return v;
  }

  array(obj: Json, key: string, path: string, minItems = 0): unknown[] | undefined {
    const v = obj[key];
    if (v === undefined) return undefined;
    if (!Array.isArray(v)) {
      this.error(`${path}.${key}`, `expected an array, got ${describe(v)}`);
      return undefined;
    }
    if (v.length < minItems) this.error(`${path}.${key}`, `must have at least ${minItems} item${minItems === 1 ? '' : 's'}`);
    return v;
  }

  object(v: unknown, path: string): v is Json {
    if (isObject(v)) return true;
    this.error(path, `expected an object, got ${describe(v)}`);
    return false;
  }

  date(obj: Json, key: string, path: string): void {
    const v = this.text(obj, key, path);
    if (v !== undefined && v !== '' && !isPackDate(v)) {
      this.error(`${path}.${key}`, `invalid date "${v}": use a real date as YYYY, YYYY-MM or YYYY-MM-DD`);
    }
  }

  lang(obj: Json, key: string, path: string): void {
    const v = this.text(obj, key, path);
    if (v === undefined || v === '') return;
    if (!LANG_CODE.test(v)) this.error(`${path}.${key}`, `invalid language code "${v}" (ISO 639-1, lower case)`);
    else if (!this.languages.has(v)) this.error(`${path}.${key}`, `language "${v}" is not listed in $.languages`);
  }

  defineId(obj: Json, path: string): string | undefined {
    const id = this.text(obj, 'id', path);
    if (id === undefined || id === '') return undefined;
    if (!KEBAB_ID.test(id)) this.error(`${path}.id`, `id "${id}" is not kebab-case (a-z, 0-9, single hyphens)`);
    const first = this.ids.get(id);
    if (first !== undefined) this.error(`${path}.id`, `duplicate id "${id}" (first defined at ${first})`);
    else this.ids.set(id, `${path}.id`);
    return id;
  }

  idList(obj: Json, key: string, path: string, kind: Reference['kind'], what: string, minItems = 0): string[] {
    const list = this.array(obj, key, path, minItems);
    if (!list) return [];
    const out: string[] = [];
    list.forEach((v, i) => {
      const p = `${path}.${key}[${i}]`;
      if (typeof v !== 'string' || v === '') {
        this.error(p, `expected an id string, got ${describe(v)}`);
        return;
      }
      if (out.includes(v)) this.error(p, `"${v}" is listed twice`);
      out.push(v);
      this.refs.push({ path: p, id: v, kind, what });
    });
    return out;
  }

  sources(obj: Json, path: string): void {
    const list = this.array(obj, 'sources', path, 1);
    list?.forEach((s, i) => {
      const p = `${path}.sources[${i}]`;
      if (!this.object(s, p)) return;
      this.keys(s, 'source', p);
      const url = this.text(s, 'url', p);
      if (url !== undefined && url !== '' && !HTTP_URL.test(url)) this.error(`${p}.url`, `not an absolute http(s) URL: "${url}"`);
      this.text(s, 'publisher', p);
      if (s['date'] !== undefined) this.date(s, 'date', p);
      if (s['excerpt'] !== undefined) this.text(s, 'excerpt', p);
    });
  }

  /** Cues: lists of terms; a term is "|"-separated alternatives; "@id" names an entity. */
  cues(obj: Json, path: string): void {
    const list = this.array(obj, 'cues', path, 1);
    list?.forEach((cue, i) => {
      const p = `${path}.cues[${i}]`;
      if (!Array.isArray(cue)) {
        this.error(p, `expected an array of terms, got ${describe(cue)}`);
        return;
      }
      if (cue.length === 0) this.error(p, 'a cue needs at least one term');
      cue.forEach((term, j) => {
        const tp = `${p}[${j}]`;
        if (typeof term !== 'string') {
          this.error(tp, `expected a string, got ${describe(term)}`);
          return;
        }
        for (const alt of term.split('|')) {
          if (alt.trim() === '') this.error(tp, `empty alternative in "${term}"`);
          else if (alt.startsWith('@')) this.refs.push({ path: tp, id: alt.slice(1), kind: 'entity', what: `cue "${alt}"` });
        }
      });
    });
  }
}

/** Minimum folded length of an adjective stem (see Entity.adjectives). */
const MIN_ADJECTIVE_LENGTH = 4;

/** A { lang: [term…] } object: known language codes, non-empty strings, no duplicates. */
function checkTermsByLang(c: Checker, byLang: Json, path: string, what: string, onTerm: (term: string, path: string) => void): void {
  for (const [lang, list] of Object.entries(byLang)) {
    const lp = `${path}.${lang}`;
    if (!LANG_CODE.test(lang)) c.error(lp, `invalid language code "${lang}" (ISO 639-1, lower case)`);
    else if (!c.languages.has(lang)) c.error(lp, `language "${lang}" is not listed in $.languages`);
    if (!Array.isArray(list)) {
      c.error(lp, `expected an array of ${what} strings, got ${describe(list)}`);
      continue;
    }
    const seen = new Set<string>();
    list.forEach((term, i) => {
      const tp = `${lp}[${i}]`;
      if (typeof term !== 'string' || term.trim() === '') {
        c.error(tp, `expected a non-empty ${what} string, got ${describe(term)}`);
        return;
      }
      if (seen.has(term)) c.error(tp, `duplicate ${what} "${term}"`);
      seen.add(term);
      onTerm(term, tp);
    });
  }
}

function checkEntity(c: Checker, e: Json, path: string, aliasOwners: Map<string, { entity: string; path: string }[]>): void {
  c.keys(e, 'entity', path);
  const id = c.defineId(e, path);
  if (id !== undefined) c.entityIds.add(id);
  c.text(e, 'name', path);
  const type = c.text(e, 'type', path);
  if (type !== undefined && !(ENTITY_TYPES as readonly string[]).includes(type)) {
    c.error(`${path}.type`, `unknown entity type "${type}" (expected one of ${ENTITY_TYPES.join(', ')})`);
  }
  c.text(e, 'role', path);
  c.text(e, 'description', path);
  if (e['gender'] !== undefined) {
    const g = c.text(e, 'gender', path);
    if (g !== undefined && !(GENDERS as readonly string[]).includes(g)) c.error(`${path}.gender`, `gender must be one of ${GENDERS.join(', ')}`);
  }

  const own = new Set<string>();
  const aliases = e['aliases'];
  if (aliases !== undefined && c.object(aliases, `${path}.aliases`)) {
    checkTermsByLang(c, aliases, `${path}.aliases`, 'alias', (alias, ap) => {
      own.add(alias);
      const key = foldPackText(alias);
      const owners = aliasOwners.get(key) ?? [];
      if (id !== undefined && !owners.some((o) => o.entity === id)) owners.push({ entity: id, path: ap });
      aliasOwners.set(key, owners);
    });
    if (own.size === 0) c.error(`${path}.aliases`, 'an entity needs at least one alias');
  }
  const adjectives = e['adjectives'];
  if (adjectives !== undefined && c.object(adjectives, `${path}.adjectives`)) {
    checkTermsByLang(c, adjectives, `${path}.adjectives`, 'adjective', (adjective, ap) => {
      // A stem matches every word it starts: a short one would match unrelated words.
      if (foldPackText(adjective).length < MIN_ADJECTIVE_LENGTH) c.error(ap, `adjective "${adjective}" is too short to match as a prefix`);
    });
  }

  const rules = e['aliasRules'] === undefined ? undefined : c.array(e, 'aliasRules', path);
  const ruled = new Set<string>();
  rules?.forEach((r, i) => {
    const rp = `${path}.aliasRules[${i}]`;
    if (!c.object(r, rp)) return;
    c.keys(r, 'aliasRule', rp);
    const alias = c.text(r, 'alias', rp);
    if (alias !== undefined && alias !== '') {
      if (!own.has(alias)) c.error(`${rp}.alias`, `"${alias}" is not one of this entity's aliases`);
      if (ruled.has(alias)) c.error(`${rp}.alias`, `a second rule for "${alias}"`);
      ruled.add(alias);
    }
    if (r['caseSensitive'] !== undefined && typeof r['caseSensitive'] !== 'boolean') {
      c.error(`${rp}.caseSensitive`, `expected true or false, got ${describe(r['caseSensitive'])}`);
    }
    const requires = r['requires'] === undefined ? [] : c.idList(r, 'requires', rp, 'entity', 'aliasRules.requires', 1);
    if (r['caseSensitive'] !== true && requires.length === 0) {
      c.error(rp, 'a rule must set "caseSensitive": true or list "requires", otherwise it changes nothing');
    }
  });
  c.sources(e, path);
}

/** Two entities may share an alias only when rules let the engine tell them apart. */
function checkAliasCollisions(c: Checker, entities: Json[], aliasOwners: Map<string, { entity: string; path: string }[]>): void {
  const rulesByEntity = new Map<string, Set<string>>();
  for (const e of entities) {
    if (typeof e['id'] !== 'string' || !Array.isArray(e['aliasRules'])) continue;
    const folded = new Set<string>();
    for (const r of e['aliasRules']) {
      if (isObject(r) && typeof r['alias'] === 'string' && Array.isArray(r['requires']) && r['requires'].length > 0) {
        folded.add(foldPackText(r['alias']));
      }
    }
    rulesByEntity.set(e['id'], folded);
  }
  for (const [key, owners] of aliasOwners) {
    if (owners.length < 2) continue;
    const unruled = owners.filter((o) => !rulesByEntity.get(o.entity)?.has(key));
    if (unruled.length <= 1) continue;
    const names = owners.map((o) => `"${o.entity}"`).join(' and ');
    for (const o of unruled.slice(1)) {
      c.error(o.path, `alias "${key}" also belongs to ${names}; add an aliasRule with "requires" to tell them apart`);
    }
  }
}

function checkFact(c: Checker, f: Json, path: string): void {
  c.keys(f, 'fact', path);
  c.defineId(f, path);
  c.date(f, 'date', path);
  c.text(f, 'text', path);
  c.text(f, 'category', path);
  if (f['disputed'] !== undefined) c.text(f, 'disputed', path);
  if (f['entities'] !== undefined) c.idList(f, 'entities', path, 'entity', 'fact entity');
  c.cues(f, path);
  c.sources(f, path);
}

function checkClaim(c: Checker, cl: Json, path: string): void {
  c.keys(cl, 'claim', path);
  const id = c.defineId(cl, path);
  if (id !== undefined) c.claimIds.add(id);
  c.text(cl, 'text', path);
  c.idList(cl, 'claimants', path, 'entity', 'claimant', 1);
  if (cl['date'] !== undefined) c.date(cl, 'date', path);
  const supports = cl['supports'] === undefined ? [] : c.idList(cl, 'supports', path, 'claim', 'supported claim');
  const disputes = cl['disputes'] === undefined ? [] : c.idList(cl, 'disputes', path, 'claim', 'disputed claim');
  if (id !== undefined) {
    if (supports.includes(id)) c.error(`${path}.supports`, 'a claim cannot support itself');
    if (disputes.includes(id)) c.error(`${path}.disputes`, 'a claim cannot dispute itself');
  }
  for (const both of supports.filter((s) => disputes.includes(s))) {
    c.error(`${path}.disputes`, `"${both}" is both supported and disputed`);
  }
  c.cues(cl, path);
  c.sources(cl, path);
}

function checkQuote(c: Checker, q: Json, path: string): void {
  c.keys(q, 'quote', path);
  c.defineId(q, path);
  const speaker = c.text(q, 'speaker', path);
  if (speaker !== undefined && speaker !== '') c.refs.push({ path: `${path}.speaker`, id: speaker, kind: 'entity', what: 'speaker' });
  c.text(q, 'text', path);
  c.date(q, 'date', path);
  c.lang(q, 'lang', path);
  if (q['context'] !== undefined) c.text(q, 'context', path);
  c.sources(q, path);
}

function checkHeader(c: Checker, root: Json): void {
  c.keys(root, 'pack', '$');
  const schema = root['schema'];
  if (schema !== undefined && schema !== PACK_SCHEMA) {
    c.error('$.schema', `unsupported schema ${JSON.stringify(schema)} (expected "${PACK_SCHEMA}")`);
  }
  c.defineId(root, '$');
  const version = c.text(root, 'version', '$');
  if (version !== undefined && !VERSION.test(version)) c.error('$.version', `version "${version}" is not MAJOR.MINOR.PATCH`);
  c.text(root, 'title', '$');
  c.text(root, 'summary', '$');

  c.array(root, 'languages', '$', 1)?.forEach((l, i) => {
    const p = `$.languages[${i}]`;
    if (typeof l !== 'string' || !LANG_CODE.test(l)) c.error(p, `invalid language code ${JSON.stringify(l)} (ISO 639-1, lower case)`);
    else if (c.languages.has(l)) c.error(p, `"${l}" is listed twice`);
    else c.languages.add(l);
  });

  const triggers = new Set<string>();
  c.array(root, 'triggers', '$', 1)?.forEach((t, i) => {
    const p = `$.triggers[${i}]`;
    if (typeof t !== 'string' || t.trim() === '') c.error(p, `expected a non-empty string, got ${describe(t)}`);
    else if (foldPackText(t) !== t) c.error(p, `trigger "${t}" must be stored folded, as "${foldPackText(t)}"`);
    else if (triggers.has(t)) c.error(p, `duplicate trigger "${t}"`);
    else triggers.add(t);
  });

  const terms = new Set<string>();
  c.array(root, 'eventTerms', '$')?.forEach((t, i) => {
    const p = `$.eventTerms[${i}]`;
    if (!c.object(t, p)) return;
    c.keys(t, 'eventTerm', p);
    const term = c.text(t, 'term', p);
    c.lang(t, 'lang', p);
    const w = t['weight'];
    if (w !== undefined && (typeof w !== 'number' || !Number.isFinite(w) || w < 0 || w > 1)) {
      c.error(`${p}.weight`, `weight must be a number from 0 to 1, got ${describe(w)}`);
    }
    // A "*" opens the end of the term (see EventTerm.term); anywhere else it is a typo.
    if (term !== undefined && term.slice(0, -1).includes('*')) c.error(`${p}.term`, `"*" may only end an event term: "${term}"`);
    if (term !== undefined && term.trim() === '*') c.error(`${p}.term`, 'an event term needs more than "*"');
    if (term !== undefined && typeof t['lang'] === 'string') {
      const key = `${t['lang']}:${foldPackText(term)}`;
      if (terms.has(key)) c.error(`${p}.term`, `duplicate event term "${term}" for language "${t['lang']}"`);
      terms.add(key);
    }
  });
}

function objects(c: Checker, root: Json, key: string): { value: Json; path: string }[] {
  const list = c.array(root, key, '$');
  if (!list) return [];
  const out: { value: Json; path: string }[] = [];
  list.forEach((v, i) => {
    const path = `$.${key}[${i}]`;
    if (c.object(v, path)) out.push({ value: v, path });
  });
  return out;
}

export function validatePack(data: unknown, file: string): PackValidation {
  const c = new Checker(file);
  if (!isObject(data)) {
    c.error('$', `a pack must be a JSON object, got ${describe(data)}`);
    return { ok: false, errors: c.errors };
  }
  checkHeader(c, data);

  const aliasOwners = new Map<string, { entity: string; path: string }[]>();
  // When a whole list is unreadable, every reference into it would be reported as
  // dangling too; those errors would only bury the real one.
  const readable = { entity: Array.isArray(data['entities']), claim: Array.isArray(data['claims']) };
  const entities = objects(c, data, 'entities');
  for (const { value, path } of entities) checkEntity(c, value, path, aliasOwners);
  checkAliasCollisions(c, entities.map((e) => e.value), aliasOwners);
  for (const { value, path } of objects(c, data, 'facts')) checkFact(c, value, path);
  for (const { value, path } of objects(c, data, 'claims')) checkClaim(c, value, path);
  for (const { value, path } of objects(c, data, 'quotes')) checkQuote(c, value, path);

  for (const ref of c.refs) {
    if (!readable[ref.kind]) continue;
    const known = ref.kind === 'entity' ? c.entityIds : c.claimIds;
    if (!known.has(ref.id)) c.error(ref.path, `${ref.what} refers to unknown ${ref.kind} "${ref.id}"`);
  }

  return c.errors.length === 0 ? { ok: true, pack: data as unknown as Pack } : { ok: false, errors: c.errors };
}
