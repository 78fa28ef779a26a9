/**
 * Evaluation report over a labelled corpus (see /work/shared/corpus/README.md):
 *
 *   npm run eval -- <corpus.jsonl> [--json] [--verbose]
 *
 * Records without a `text` field are skipped. Always exits 0: it is a report, not a test.
 */
/// <reference types="node" />
import { builtinPacks } from '../../src/pack/builtin.ts';
import { CLAIM_TAGS } from './claim-tags.ts';
import { loadCorpus, withText } from './corpus.ts';
import { analyzeRecord, scoreOutcomes, type RecordOutcome } from './evaluate.ts';
import { formatReport, summary } from './report.ts';

const INCIDENT_ID = 'albania-iran-2022';

async function main(argv: string[]): Promise<void> {
  const flags = new Set(argv.filter((a) => a.startsWith('--')));
  const path = argv.find((a) => !a.startsWith('--'));
  if (path === undefined) {
    console.error('usage: npm run eval -- <corpus.jsonl> [--json] [--verbose]');
    return;
  }
  const all = loadCorpus(path);
  const records = withText(all);
  const outcomes: RecordOutcome[] = [];
  for (const record of records) outcomes.push(await analyzeRecord(record, builtinPacks));
  const result = scoreOutcomes(records, outcomes, builtinPacks, INCIDENT_ID, CLAIM_TAGS);
  if (flags.has('--json')) {
    console.log(JSON.stringify({ ...result, skippedWithoutText: all.length - records.length, summary: summary(result) }, null, 2));
    return;
  }
  if (records.length < all.length) console.log(`(${all.length - records.length} records without text skipped)`);
  console.log(formatReport(result, flags.has('--verbose')));
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error);
});
