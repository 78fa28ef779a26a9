/**
 * A pack's aliases compiled into one trie (cached per pack object), so every
 * alias of every entity is found in a single pass over the folded text.
 */
import type { AliasRule, Entity, Pack } from '../../pack/types.ts';
import { fold } from '../text/fold.ts';
import { Trie } from '../text/trie.ts';

export interface AliasEntry {
  readonly entity: Entity;
  /** The letter-case spellings allowed (`caseSensitive` rules); null = any case. */
  readonly caseForms: readonly string[] | null;
  /** Entity ids of which one must be mentioned unambiguously; null = the alias is unambiguous. */
  readonly requires: readonly string[] | null;
}

const compiled = new WeakMap<Pack, Trie<AliasEntry>>();

/**
 * Several spellings of one entity can fold alike ("NATO", "Nato"): they become one
 * entry that is case-free if any of them is, and needs `requires` only if all do.
 */
function entryFor(entity: Entity, spellings: readonly string[], rules: ReadonlyMap<string, AliasRule>): AliasEntry {
  const ruled = spellings.map((alias) => ({ alias, rule: rules.get(alias) }));
  const caseFree = ruled.some(({ rule }) => rule?.caseSensitive !== true);
  const requires = ruled.map(({ rule }) => rule?.requires ?? []);
  return {
    entity,
    caseForms: caseFree ? null : spellings,
    requires: requires.some((ids) => ids.length === 0) ? null : [...new Set(requires.flat())],
  };
}

export function compileAliases(pack: Pack): Trie<AliasEntry> {
  let trie = compiled.get(pack);
  if (trie !== undefined) return trie;
  trie = new Trie();
  for (const entity of pack.entities) {
    const rules = new Map((entity.aliasRules ?? []).map((rule) => [rule.alias.trim(), rule]));
    // The name is always an alias: a pack author should not have to repeat it.
    const byKey = new Map<string, string[]>();
    for (const alias of [entity.name, ...Object.values(entity.aliases).flat()].map((a) => a.trim())) {
      const key = fold(alias);
      if (key === '') continue;
      const spellings = byKey.get(key) ?? [];
      if (!spellings.includes(alias)) spellings.push(alias);
      byKey.set(key, spellings);
    }
    for (const [key, spellings] of byKey) trie.add(key, entryFor(entity, spellings, rules));
  }
  compiled.set(pack, trie);
  return trie;
}
