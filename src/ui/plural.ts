/** "1 claim", "3 claims": English only, like the rest of the UI for now. */
export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
