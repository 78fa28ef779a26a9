/**
 * Detection scoring: positive = label "incident". Borderline records (later attacks by the
 * same actor, passing mentions) are neither positive nor negative: only how many of them
 * were detected is reported.
 */
import type { Label } from './corpus.ts';
import { prf, type PRF } from './score-quotes.ts';

export interface DetectionItem {
  id: string;
  label: Label;
  detected: boolean;
}

export interface DetectionScore extends PRF {
  falsePositives: string[];
  falseNegatives: string[];
  borderline: { total: number; detected: number; ids: string[] };
}

export function scoreDetection(items: DetectionItem[]): DetectionScore {
  let tp = 0;
  const falsePositives: string[] = [];
  const falseNegatives: string[] = [];
  const borderlineDetected: string[] = [];
  let borderlineTotal = 0;
  for (const item of items) {
    if (item.label === 'borderline') {
      borderlineTotal++;
      if (item.detected) borderlineDetected.push(item.id);
    } else if (item.label === 'incident') {
      if (item.detected) tp++;
      else falseNegatives.push(item.id);
    } else if (item.detected) {
      falsePositives.push(item.id);
    }
  }
  return {
    ...prf(tp, falsePositives.length, falseNegatives.length),
    falsePositives,
    falseNegatives,
    borderline: { total: borderlineTotal, detected: borderlineDetected.length, ids: borderlineDetected },
  };
}
