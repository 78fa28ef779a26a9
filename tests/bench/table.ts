/**
 * The bench's output: one plain-text table per section, each row a measurement set
 * against its baseline from the same run, with the target and whether it is met.
 */

export interface Row {
  what: string;
  value: string;
  baseline?: string;
  ratio?: string;
  target?: string;
  /** Whether the target is met; undefined for rows that only inform. */
  met?: boolean;
}

export interface Section {
  title: string;
  rows: Row[];
  /** Lines printed under the table: what was measured and how. */
  notes?: string[];
  /** Column titles for value, baseline and ratio when they are not timings. */
  headers?: readonly [string, string, string];
}

const DEFAULT_HEADERS = ['measured', 'baseline', 'ratio'] as const;

function cells(row: Row): string[] {
  const mark = row.met === undefined ? '' : row.met ? '✓' : '✗';
  return [row.what, row.value, row.baseline ?? '', row.ratio ?? '', row.target ?? '', mark];
}

export function renderSection({ title, rows, notes = [], headers = DEFAULT_HEADERS }: Section): string {
  const table = [['', ...headers, 'target', ''], ...rows.map(cells)];
  const widths = table[0]!.map((_, c) => Math.max(...table.map((r) => r[c]!.length)));
  // Text columns left, numbers right.
  const line = (r: string[]) =>
    r.map((cell, c) => (c === 0 || c === r.length - 1 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ').trimEnd();
  const rule = widths.map((w) => '─'.repeat(w)).join('  ');
  return [`\n${title}`, line(table[0]!), rule, ...table.slice(1).map(line), ...notes.map((n) => `  ${n}`)].join('\n');
}

export const ms = (x: number): string => (x < 10 ? `${x.toFixed(2)} ms` : `${x.toFixed(1)} ms`);
export const times = (x: number): string => `${x.toFixed(2)}×`;
export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
