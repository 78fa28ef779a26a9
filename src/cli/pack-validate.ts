/** `sidelight pack validate <file.json>`: the same validator the options page uses. */
import { readFile } from 'node:fs/promises';
import { formatPackError, validatePack } from '../pack/validate.ts';
import { CliError } from './errors.ts';

export interface ValidateResult {
  ok: boolean;
  lines: string[];
}

export async function validatePackFile(file: string): Promise<ValidateResult> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(code === 'ENOENT' ? `no such file: ${file}` : `cannot read ${file}: ${(error as Error).message}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new CliError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
  const result = validatePack(data, file);
  if (result.ok) return { ok: true, lines: [`${file}: valid pack ${result.pack.id} ${result.pack.version}`] };
  return { ok: false, lines: result.errors.map((e) => formatPackError(e)) };
}
