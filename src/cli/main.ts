/** `kawasan` command line: thin commands over the same services the server uses. */
import { parseArgs } from 'node:util';
import type { Command } from './command.ts';
import { importBoundariesCommand } from './commands/import-boundaries.command.ts';
import { importIdmCommand } from './commands/import-idm.command.ts';
import { importWilayahCommand } from './commands/import-wilayah.command.ts';
import { migrateCommand } from './commands/migrate.command.ts';
import { serveCommand } from './commands/serve.command.ts';
import { statusCommand } from './commands/status.command.ts';
import { userCreateCommand } from './commands/user-create.command.ts';
import { consoleOutput, type Output, reportError } from './runtime.ts';

const COMMANDS: Command[] = [
  serveCommand,
  migrateCommand,
  importWilayahCommand,
  importIdmCommand,
  importBoundariesCommand,
  statusCommand,
  userCreateCommand,
];

function usage(out: Output) {
  out.info('Kawasan — Pembangunan Kawasan Perdesaan Berbasis Pengembangan Masyarakat');
  out.info('');
  out.info('Pemakaian: kawasan <perintah> [opsi]   (kawasan <perintah> --help untuk rincian)');
  for (const c of COMMANDS) out.info(`  ${c.name.padEnd(16)} ${c.summary}`);
  out.info('');
  out.info('Konfigurasi: DATABASE_URL (PostgreSQL), KAWASAN_DATA_DIR (PGlite, bawaan ./data), PORT, HOST');
}

function commandHelp(c: Command, out: Output) {
  out.info(`${c.summary}\n\nPemakaian: ${c.usage}`);
  for (const line of c.help ?? []) out.info(line);
}

/** Runs the CLI on `argv` (without node and script) and returns the exit code. */
export async function runCli(argv: string[], out: Output = consoleOutput): Promise<number> {
  const command = COMMANDS.find((c) => {
    const words = c.name.split(' ');
    return words.every((w, i) => argv[i] === w);
  });
  if (!command) {
    if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
      usage(out);
      return 0;
    }
    out.error(`Perintah tidak dikenal: ${argv.join(' ')}`);
    usage(out);
    return 2;
  }
  const rest = argv.slice(command.name.split(' ').length);
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: rest,
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: command.positionals === true,
    });
  } catch (err) {
    out.error(`Galat: ${(err as Error).message}`);
    commandHelp(command, out);
    return 2;
  }
  if (parsed.values.help) {
    commandHelp(command, out);
    return 0;
  }
  try {
    return await command.run(parsed as Parameters<Command['run']>[0], out);
  } catch (err) {
    return reportError(out, err);
  }
}

if (process.argv[1] && /kawasan(\.mjs)?$|main\.ts$/.test(process.argv[1])) {
  process.exitCode = await runCli(process.argv.slice(2));
}
