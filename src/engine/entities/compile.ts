/**
 * A pack's aliases compiled into one trie (cached per pack object), so every
 * alias of every entity is found in a single pass over the folded text.
 */
import type { Entity, Pack } from '../../pack/types.ts';
import { fold } from '../text/fold.ts';
import { Trie } from '../text/trie.ts';

export interface AliasEntry {
  readonly entity: Entity;
  /** The alias as the pack spells it (its letter case matters for `caseSensitive`). */
  readonly alias: string;
  readonly caseSensitive: boolean;
  /** Entity ids of which one must be mentioned unambiguously; null = the alias is unambiguous. */
  readonly requires: readonly string[] | null;
}

const compiled = new WeakMap<Pack, Trie<AliasEntry>>();

export function compileAliases(pack: Pack): Trie<AliasEntry> {
  let trie = compiled.get(pack);
  if (trie !== undefined) return trie;
  trie = new Trie();
  for (const entity of pack.entities) {
    // A rule applies to every alias that folds like the one it names (same alias, other language).
    const rules = new Map((entity.aliasRules ?? []).map((rule) => [fold(rule.alias.trim()), rule]));
    const seen = new Set<string>();
    // The name is always an alias: a pack author should not have to repeat it.
    for (const alias of [entity.name, ...Object.values(entity.aliases).flat()]) {
      const key = fold(alias.trim());
      if (key === '' || seen.has(key)) continue;
      seen.add(key);
      const rule = rules.get(key);
      trie.add(key, {
        entity,
        alias: rule?.alias ?? alias,
        caseSensitive: rule?.caseSensitive === true,
        requires: rule?.requires !== undefined && rule.requires.length > 0 ? rule.requires : null,
      });
    }
  }
  compiled.set(pack, trie);
  return trie;
}
