/**
 * The Analysis as a Markdown report for people: incident and why, the record, who is
 * speaking, what is disputed. Page text is untrusted: it is flattened to one line and
 * Markdown-significant characters are escaped so it cannot restructure the report.
 */
import type { Analysis, ClaimResult, FactResult, QuoteResult } from '../engine/types.ts';
import type { Source } from '../pack/types.ts';

const MD_SPECIAL = /([\\`*_[\]<>#|])/g;

function inline(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(MD_SPECIAL, '\\$1');
}

function sourceList(sources: readonly Source[]): string {
  return sources
    .map((s) => `[${inline(s.publisher)}${s.date ? `, ${s.date}` : ''}](${encodeURI(s.url)})`)
    .join('; ');
}

function incidentSection(a: Analysis): string[] {
  if (a.incident === null) return ['No known incident: this page does not match any knowledge pack.'];
  const { incident } = a;
  const lines = [`## ${inline(incident.title)}`, '', `Incident \`${incident.id}\`, score ${incident.score.toFixed(2)}.`, ''];
  if (incident.evidence.length > 0) {
    lines.push('Why: ' + incident.evidence.map((e) => `${inline(e.term)} ×${e.count}`).join(', '));
  }
  return lines;
}

function factLine(f: FactResult): string {
  const mark = f.inArticle ? '✓' : '·';
  const disputed = f.disputed ? ` (disputed: ${inline(f.disputed)})` : '';
  return `- ${mark} **${f.date}** ${inline(f.text)}${disputed} — ${sourceList(f.sources)}`;
}

function speakersSection(quotes: readonly QuoteResult[]): string[] {
  const bySpeaker = new Map<string, QuoteResult[]>();
  for (const q of quotes) {
    const name = q.speaker === null ? 'Unattributed' : q.speaker.name;
    const list = bySpeaker.get(name);
    if (list !== undefined) list.push(q);
    else bySpeaker.set(name, [q]);
  }
  const lines: string[] = [];
  for (const [name, list] of bySpeaker) {
    const role = list.find((q) => q.speaker?.role)?.speaker?.role;
    lines.push(`### ${inline(name)}${role ? ` (${inline(role)})` : ''}`, '');
    for (const q of list) lines.push(`> ${inline(q.text)}`, '');
  }
  return lines;
}

function claimLines(c: ClaimResult): string[] {
  const lines = [`- **${inline(c.text)}** (${c.claimants.map(inline).join(', ') || 'unattributed'})`];
  for (const cc of c.counterclaims) {
    const where = cc.inArticle ? 'in this article' : '**not in this article**';
    lines.push(`  - ↔ ${inline(cc.text)} (${cc.claimants.map(inline).join(', ')}; ${where}) — ${sourceList(cc.sources)}`);
  }
  return lines;
}

export function renderMarkdown(a: Analysis): string {
  const lines: string[] = [`# ${inline(a.title ?? 'Untitled page')}`, ''];
  if (a.url !== null) lines.push(`<${encodeURI(a.url)}>`, '');
  lines.push(...incidentSection(a), '');
  if (a.entities.length > 0) {
    lines.push('## Names', '');
    for (const e of a.entities) lines.push(`- **${inline(e.name)}** — ${inline(e.role)} (${e.mentions.length}×)`);
    lines.push('');
  }
  if (a.facts.length > 0) {
    lines.push('## The record', '', '✓ mentioned in this article · not mentioned', '');
    lines.push(...a.facts.map(factLine), '');
  }
  if (a.quotes.length > 0) lines.push('## Who is speaking', '', ...speakersSection(a.quotes));
  if (a.claims.length > 0) {
    lines.push('## What is disputed', '');
    for (const c of a.claims) lines.push(...claimLines(c));
    lines.push('');
  }
  return lines.join('\n');
}
