/** The command line → one Command. Everything the user can get wrong is a usage error here. */
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { usageError } from './errors.ts';

export type Format = 'json' | 'md';

export type Command =
  | { kind: 'help' }
  | { kind: 'annotate'; input: string; url: string | null; format: Format }
  | { kind: 'pack-validate'; file: string };

interface ParsedArgs {
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  positionals: string[];
}

function parse(args: string[], options: ParseArgsOptionsConfig): ParsedArgs {
  try {
    const { values, positionals } = parseArgs({
      args,
      options: { help: { type: 'boolean', short: 'h' }, ...options },
      allowPositionals: true,
      strict: true,
    });
    return { values, positionals };
  } catch (error) {
    // node:util adds advice after the first sentence ("… To specify a positional argument…").
    const message = error instanceof Error ? error.message : String(error);
    const first = message.split(/\.(?:\s|$)/)[0] ?? message;
    throw usageError(first.charAt(0).toLowerCase() + first.slice(1));
  }
}

function parseAnnotate(args: string[]): Command {
  const { values, positionals } = parse(args, {
    url: { type: 'string' },
    format: { type: 'string', default: 'json' },
  });
  if (values['help'] === true) return { kind: 'help' };
  const format = values['format'];
  if (format !== 'json' && format !== 'md') throw usageError(`unknown format '${String(format)}': use json or md`);
  const url = values['url'];
  if (typeof url === 'string' && !/^https?:\/\/\S+$/i.test(url)) throw usageError(`--url must be an http(s) URL: '${url}'`);
  const [input, ...extra] = positionals;
  if (input === undefined) throw usageError('annotate needs an HTML file, a URL, or - for standard input');
  if (extra.length > 0) throw usageError(`unexpected argument '${extra[0] ?? ''}'`);
  return { kind: 'annotate', input, url: typeof url === 'string' ? url : null, format };
}

function parsePack(args: string[]): Command {
  const { values, positionals } = parse(args, {});
  if (values['help'] === true) return { kind: 'help' };
  const [sub, file, ...extra] = positionals;
  if (sub !== 'validate') throw usageError(sub === undefined ? 'pack needs a subcommand: validate' : `unknown pack subcommand '${sub}'`);
  if (file === undefined) throw usageError('pack validate needs a pack file (.json)');
  if (extra.length > 0) throw usageError(`unexpected argument '${extra[0] ?? ''}'`);
  return { kind: 'pack-validate', file };
}

export function parseCommand(argv: readonly string[]): Command {
  const [command, ...rest] = argv;
  switch (command) {
    case undefined:
      throw usageError('no command given');
    case 'help':
    case '--help':
    case '-h':
      return { kind: 'help' };
    case 'annotate':
      return parseAnnotate(rest);
    case 'pack':
      return parsePack(rest);
    default:
      throw usageError(command.startsWith('-') ? `unknown option '${command}'` : `unknown command '${command}'`);
  }
}

export const USAGE = `Usage:
  sidelight annotate [--url URL] [--format json|md] <file.html | URL | ->
      Extract the article from a saved page (or a URL, or standard input with -),
      analyse it against the built-in knowledge packs and print the Analysis
      (JSON, the default) or a Markdown report.
      --url URL        the page's address, when reading a file or standard input
      --format json|md output format (default: json)
  sidelight pack validate <file.json>
      Check a knowledge pack against the pack schema; print each error on a line.
  sidelight --help
`;
