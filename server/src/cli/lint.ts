// `cable lint [--format text|json|sarif|github] [--fix] [--config FILE] PATH...`: lints files and folders.
// The diagnostics go to stdout in the format asked for; what was skipped or fixed, and a closing
// summary, go to stderr. Exit code (also in LINT_USAGE and `cable --help`):
//   2  bad usage, a `--config` or `.cablelint.json` that cannot be used, a PATH or a file that cannot
//      be read, a PATH named on the command line that is not a cable, or a file --fix could not write;
//   1  else, when an error-severity diagnostic remains;
//   0  else. A file found in a folder that turns out not to be a cable is reported and skipped.

import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createLanguageService, type CableLanguageService, type ConfigFile, type LintResult } from '../index';
import { nodeHost } from '../node/host';
import { writeFixes } from './lintFix';
import { collectInputs } from './lintInputs';
import { FORMATS, formatReports, type FileReport, type Format } from './lintReport';
import { fixedCodes, LintSummary } from './lintSummary';
import { readCable } from './readCable';
import { lintWorkspaces } from './workspaceInputs';

const LINT_USAGE = `usage: cable lint [--format text|json|sarif|github] [--fix] [--config FILE] PATH...
exit code: 0 no error found, 1 an error-severity diagnostic, 2 bad usage or input that cannot be
read (a missing PATH, an unreadable file, a PATH that is not a cable, an unusable configuration,
a file --fix could not write); files in a folder that are not cables are skipped, and said so
`;

export async function lintCommand(argv: string[]): Promise<number> {
  const warn = (message: string) => process.stderr.write(`cable lint: ${message}\n`);
  const fail = (message: string): number => {
    warn(message);
    return 2;
  };
  const args = lintArgs(argv, fail);
  if (typeof args === 'number') return args;

  const service = cliService(args.config, warn);
  if (args.config !== undefined) {
    const explicit = (await service.lintConfiguration(pathToFileURL(path.resolve(args.config)).href)).file;
    if (explicit?.unusable) return fail(describe(explicit, args.config));
  }
  const inputs = await collectInputs(args.paths);
  let inputError = inputs.errors.length > 0;
  inputs.errors.forEach(warn);
  const summary = new LintSummary();
  for (const { path: skipped, reason } of inputs.skipped) {
    warn(`${skipped}: skipped: ${reason}`);
    summary.skippedFile(reason);
  }

  const reports: FileReport[] = [];
  const named = new Set(args.paths);
  const workspaceOf = await lintWorkspaces(inputs.files);
  for (const file of inputs.files) {
    const linted = await lintFile({ service, summary, warn, fix: args.fix, workspaceOf }, file, named.has(file));
    inputError ||= linted.inputError;
    if (linted.report) reports.push(linted.report);
  }
  process.stdout.write(formatReports(args.format, reports, service.rules()));
  warn(summary.text(args.fix));
  if (inputError) return 2;
  return reports.some((r) => r.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
}

interface LintArgs {
  readonly format: Format;
  readonly fix: boolean;
  readonly config: string | undefined;
  readonly paths: string[];
}

/** The command line read, or the exit code when there is nothing to lint (help, bad usage). */
function lintArgs(argv: string[], fail: (message: string) => number): LintArgs | number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: { format: { type: 'string', default: 'text' }, fix: { type: 'boolean' }, config: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
    });
  } catch (error) {
    return fail(`${(error as Error).message}\n${LINT_USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(LINT_USAGE);
    return 0;
  }
  const format = values.format as Format;
  if (!FORMATS.includes(format)) return fail(`unknown format '${values.format}' (text, json, sarif or github)\n${LINT_USAGE}`);
  if (positionals.length === 0) return fail(`no PATH given\n${LINT_USAGE}`);
  return { format, fix: !!values.fix, config: values.config, paths: positionals };
}

interface LintRun {
  readonly service: CableLanguageService;
  readonly summary: LintSummary;
  readonly warn: (message: string) => void;
  readonly fix: boolean;
  /** What the other inputs say of a file's reference id (R2), by file. */
  readonly workspaceOf: Awaited<ReturnType<typeof lintWorkspaces>>;
}

/**
 * Lints one file, and fixes it with --fix: its report, or none when it was skipped, and whether
 * that is an input error (a file `named` on the command line that is not a cable is one).
 */
async function lintFile({ service, summary, warn, fix, workspaceOf }: LintRun, file: string, named: boolean): Promise<{ report: FileReport | null; inputError: boolean }> {
  const config = await service.lintConfiguration(pathToFileURL(path.resolve(file)).href);
  if (config.file?.unusable) {
    summary.skippedFile('under an unusable configuration');
    return { report: null, inputError: true };
  }
  const read = await readCable(service, file);
  if (!read.ok) {
    warn(read.reason === 'not a cable' && !named ? `${read.message}: skipped` : read.message);
    summary.skippedFile(read.reason === 'not a cable' ? 'not a cable' : 'unreadable');
    return { report: null, inputError: read.reason === 'unreadable' || named };
  }
  const { document } = read;
  const options = { levels: config.levels, workspace: workspaceOf(file) };
  let result: LintResult = service.lint(document, options);
  let inputError = false;
  if (fix && result.diagnostics.some((d) => d.fixes.length)) {
    const fixed = service.fixAll(document, options);
    const outcome = await writeFixes(file, document.getText(), fixed);
    if (outcome.kind === 'written') {
      warn(summary.fixedFile(file, fixedCodes(result.diagnostics, fixed.result.diagnostics)));
      result = fixed.result;
    } else if (outcome.kind !== 'unchanged') {
      warn(outcome.message);
      summary.unfixedFile();
      inputError = outcome.kind === 'failed';
    }
  }
  service.forget(document.uri);
  summary.checkedFile(result.diagnostics);
  return { report: { file, diagnostics: result.diagnostics }, inputError };
}

/**
 * The service with the Node host: `--config FILE` for every cable, else the nearest `.cablelint.json`
 * up to the top. What is wrong in a file is told once: a file that cannot be used at all, then the
 * cables under it are not linted; a bad key or level, then it is ignored. (A `--config` file is
 * checked before the run, and only for being usable.)
 */
function cliService(config: string | undefined, warn: (message: string) => void): CableLanguageService {
  const explicit = config === undefined ? undefined : pathToFileURL(path.resolve(config)).href;
  return createLanguageService({
    ...nodeHost,
    configFile: explicit,
    configFileRead: (file) => {
      if (file.uri === explicit) return;
      const shown = fileURLToPath(file.uri);
      if (file.unusable) warn(`${describe(file, shown)} (the cables under it are not linted)`);
      else for (const p of file.problems) warn(`${shown}:${p.range.start.line + 1}:${p.range.start.character + 1}: ${p.message} (ignored)`);
    },
    ruleFailed: ({ code, error }) => warn(`rule ${code} failed and was skipped: ${error instanceof Error ? error.message : String(error)}`),
  });
}

/** `PATH: what is wrong; what else is wrong`. */
function describe(file: ConfigFile, shown: string): string {
  return `${shown}: ${file.problems.map((p) => p.message).join('; ')}`;
}
