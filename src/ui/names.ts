import type { Analysis } from '../engine/types.ts';
import type { Entity, Pack } from '../pack/types.ts';

/** What the UI knows about an entity id, from the pack first, then the analysis. */
export interface EntityInfo {
  id: string;
  name: string;
  role: string | null;
  /** False for ids that neither the pack nor the analysis describes. */
  known: boolean;
}

export type EntityLookup = (id: string) => EntityInfo;

/**
 * Claimants, evidence and speakers refer to entities by id; a pack written by
 * hand may mention an id it doesn't define, so an unknown id falls back to the
 * id itself instead of breaking the panel.
 */
export function entityLookup(analysis: Analysis, pack: Pack): EntityLookup {
  const fromPack = new Map<string, Entity>(pack.entities.map((e) => [e.id, e]));
  const fromAnalysis = new Map(analysis.entities.map((e) => [e.id, e]));
  return (id) => {
    const entity = fromPack.get(id) ?? fromAnalysis.get(id);
    if (!entity) return { id, name: id, role: null, known: false };
    return { id, name: entity.name, role: entity.role || null, known: true };
  };
}
