/**
 * The development corpus: records of /work/shared/corpus/dev-index.jsonl with the article
 * text added (`.cache/corpus/dev.jsonl`, never committed: third-party text).
 */
/// <reference types="node" />
import { readFileSync } from 'node:fs';

export type Label = 'incident' | 'borderline' | 'not_incident';

export interface GoldQuote {
  /** The quoted words as they appear in the text, without the quotation marks. */
  quote: string;
  /** Offset of the quote in `text`. */
  start: number;
  /** "unknown" where the article leaves the speaker unclear. */
  speaker: string;
  speaker_type: 'person' | 'organization' | 'unknown';
}

export interface CorpusRecord {
  id: string;
  url: string;
  date: string | null;
  lang: string;
  title: string | null;
  label: Label;
  phase: string[];
  claims: string[];
  note: string;
  quotes: GoldQuote[];
  text_sha256: string;
  text_len: number;
  text?: string;
}

export type RecordWithText = CorpusRecord & { text: string };

const LABELS: readonly string[] = ['incident', 'borderline', 'not_incident'];

function isRecord(value: unknown): value is CorpusRecord {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return (
    typeof r['id'] === 'string' &&
    typeof r['url'] === 'string' &&
    typeof r['lang'] === 'string' &&
    typeof r['label'] === 'string' &&
    LABELS.includes(r['label']) &&
    Array.isArray(r['claims']) &&
    Array.isArray(r['quotes'])
  );
}

/** Parses JSONL; a malformed line is an error naming its line number. */
export function parseCorpus(jsonl: string): CorpusRecord[] {
  const records: CorpusRecord[] = [];
  jsonl.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const value: unknown = JSON.parse(line);
    if (!isRecord(value)) throw new Error(`line ${i + 1}: not a corpus record`);
    records.push(value);
  });
  return records;
}

/** Only the records whose text was fetched can be evaluated. */
export function withText(records: CorpusRecord[]): RecordWithText[] {
  return records.filter((r): r is RecordWithText => typeof r.text === 'string');
}

export function loadCorpus(path: string): CorpusRecord[] {
  return parseCorpus(readFileSync(path, 'utf8'));
}
