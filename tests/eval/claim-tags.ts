/**
 * Corpus claim tags → the pack claims that stand for them. A tag may map to several claims
 * (any of them found counts); a tag with no claim in the pack is reported as "no pack claim"
 * rather than as a miss. Ids not present in the loaded pack are ignored, so the table can
 * name claims a pack version has yet to add.
 */
export const CLAIM_TAGS: Readonly<Record<string, readonly string[]>> = {
  iran_behind_attack: ['iran-behind-attacks'],
  // Kanaani's "the US designed this scenario" is Iran's denial in another form.
  iran_denies: ['iran-denies-involvement', 'us-designed-scenario'],
  no_serious_data_leak: ['no-serious-data-leak', 'limited-impact'],
  data_leaked: ['attackers-leaked-data'],
  attack_linked_to_mek: ['mek-presence-motive'],
  mek_troll_farm: ['mek-troll-farm'],
  // The severance, the sanctions and NATO's condemnation are facts, but each rests on the
  // attribution Iran disputes: the pack carries them as claims so the reader meets Iran's answer.
  ties_severed: ['albania-severs-ties-over-attack'],
  us_sanctions: ['us-sanctions-over-attack'],
  nato_condemns: ['nato-condemns-attack'],
};
