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

  const service = cliService(values.config, warn);
  if (values.config !== undefined) {
    const explicit = (await service.lintConfiguration(pathToFileURL(path.resolve(values.config)).href)).file;
    if (explicit?.unusable) return fail(describe(explicit, values.config));
  }
  const inputs = await collectInputs(positionals);
  let inputError = inputs.errors.length > 0;
  inputs.errors.forEach(warn);
  const summary = new LintSummary();
  for (const { path: skipped, reason } of inputs.skipped) {
    warn(`${skipped}: skipped: ${reason}`);
    summary.skippedFile(reason);
  }

  const reports: FileReport[] = [];
  const named = new Set(positionals);
  for (const file of inputs.files) {
    const config = await service.lintConfiguration(pathToFileURL(path.resolve(file)).href);
    if (config.file?.unusable) {
      summary.skippedFile('under an unusable configuration');
      inputError = true;
      continue;
    }
    const read = await readCable(service, file);
    if (!read.ok) {
      warn(read.reason === 'not a cable' && !named.has(file) ? `${read.message}: skipped` : read.message);
      summary.skippedFile(read.reason === 'not a cable' ? 'not a cable' : 'unreadable');
      inputError ||= read.reason === 'unreadable' || named.has(file);
      continue;
    }
    const { document } = read;
    const options = { levels: config.levels };
    let result: LintResult = service.lint(document, options);
    if (values.fix && result.diagnostics.some((d) => d.fixes.length)) {
      const fixed = service.fixAll(document, options);
      const outcome = await writeFixes(file, document.getText(), fixed);
      if (outcome.kind === 'written') {
        warn(summary.fixedFile(file, fixedCodes(result.diagnostics, fixed.result.diagnostics)));
        result = fixed.result;
      } else if (outcome.kind !== 'unchanged') {
        warn(outcome.message);
        summary.unfixedFile();
        inputError ||= outcome.kind === 'failed';
      }
    }
    service.forget(document.uri);
    summary.checkedFile(result.diagnostics);
    reports.push({ file, diagnostics: result.diagnostics });
  }
  process.stdout.write(formatReports(format, reports, service.rules()));
  warn(summary.text(!!values.fix));
  if (inputError) return 2;
  return reports.some((r) => r.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
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
