/** `sidelight`: parse the command line, run one command, map failures to exit codes. */
import { parseCommand, USAGE, type Command } from './args.ts';
import { CliError } from './errors.ts';

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

const processIo: Io = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

async function run(command: Command, io: Io): Promise<number> {
  switch (command.kind) {
    case 'help':
      io.out(USAGE);
      return 0;
    case 'annotate': {
      // Each command loads only what it needs: `pack validate` and `--help` skip the
      // engine, the packs and happy-dom.
      const { readPageInput } = await import('./read-input.ts');
      const input = await readPageInput(command.input, command.url);
      const [{ builtinPacks }, { annotateHtml }, { renderMarkdown }] = await Promise.all([
        import('../pack/builtin.ts'),
        import('./annotate.ts'),
        import('./markdown.ts'),
      ]);
      const analysis = await annotateHtml(input.html, input.url, builtinPacks);
      io.out(command.format === 'md' ? renderMarkdown(analysis) : JSON.stringify(analysis, null, 2) + '\n');
      return 0;
    }
    case 'pack-validate': {
      const { validatePackFile } = await import('./pack-validate.ts');
      const result = await validatePackFile(command.file);
      (result.ok ? io.out : io.err)(result.lines.join('\n') + '\n');
      return result.ok ? 0 : 1;
    }
  }
}

export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  try {
    return await run(parseCommand(argv), io);
  } catch (error) {
    if (error instanceof CliError) {
      io.err(`sidelight: ${error.message}\n`);
      return error.exitCode;
    }
    // A bug, not a user error: still one line first, then the stack for the report.
    io.err(`sidelight: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    if (error instanceof Error && error.stack) io.err(error.stack + '\n');
    return 70;
  }
}
