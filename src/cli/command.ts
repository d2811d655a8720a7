import type { ParseArgsConfig } from 'node:util';
import type { Output } from './runtime.ts';

/** A CLI command: parses its own options, calls services, prints for people. */
export interface Command {
  name: string;
  summary: string;
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  /** Extra lines for `--help`. */
  help?: string[];
  /** Takes positional arguments (named in `usage`), e.g. a file path. */
  positionals?: boolean;
  run(
    args: { values: Record<string, string | boolean | undefined>; positionals: string[] },
    out: Output,
  ): Promise<number>;
}
