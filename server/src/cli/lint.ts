// `cable lint [--format text|json|sarif] [--fix] [--config FILE] PATH...`: lints files and folders.
// The diagnostics go to stdout in the format asked for; what was skipped or fixed, and a closing
// summary, go to stderr. Exit code (also in LINT_USAGE and `cable --help`):
//   2  bad usage, a `--config` or `.cablelint.json` that cannot be used, a PATH or a file that cannot
//      be read, a PATH named on the command line that is not a cable, or a file --fix could not write;
//   1  else, when an error-severity diagnostic remains;
//   0  else. A file found in a folder that turns out not to be a cable is reported and skipped.

import { parseArgs } from 'node:util';
import { lintCable, type LintResult, type RuleFailure } from '../rules/engine';
import { CliConfig } from './lintConfig';
import { fixFile } from './lintFix';
import { collectInputs } from './lintInputs';
import { FORMATS, formatReports, type FileReport, type Format } from './lintReport';
import { fixedCodes, LintSummary } from './lintSummary';
import { readCable } from './readCable';

const LINT_USAGE = `usage: cable lint [--format text|json|sarif] [--fix] [--config FILE] PATH...
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
  if (!FORMATS.includes(format)) return fail(`unknown format '${values.format}' (text, json or sarif)\n${LINT_USAGE}`);
  if (positionals.length === 0) return fail(`no PATH given\n${LINT_USAGE}`);

  const config = new CliConfig(values.config, warn);
  const configProblem = config.explicitProblem();
  if (configProblem) return fail(configProblem);
  const inputs = await collectInputs(positionals);
  let inputError = inputs.errors.length > 0;
  inputs.errors.forEach(warn);
  const summary = new LintSummary();
  for (const { path, reason } of inputs.skipped) {
    warn(`${path}: skipped: ${reason}`);
    summary.skippedFile(reason);
  }

  const reports: FileReport[] = [];
  const reportedFailures = new Set<string>();
  const reportFailures = (failures: readonly RuleFailure[]) => {
    for (const { code, error } of failures) {
      if (reportedFailures.has(code)) continue;
      reportedFailures.add(code);
      warn(`rule ${code} failed and was skipped: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const named = new Set(positionals);
  for (const file of inputs.files) {
    const levels = config.levelsFor(file);
    if (!levels.ok) {
      summary.skippedFile('under an unusable configuration');
      inputError = true;
      continue;
    }
    const read = await readCable(file);
    if (!read.ok) {
      warn(read.reason === 'not a cable' && !named.has(file) ? `${read.message}: skipped` : read.message);
      summary.skippedFile(read.reason === 'not a cable' ? 'not a cable' : 'unreadable');
      inputError ||= read.reason === 'unreadable' || named.has(file);
      continue;
    }
    const options = { levels: levels.levels };
    let result: LintResult = lintCable(read.cable, options);
    reportFailures(result.failures);
    if (values.fix && result.diagnostics.some((d) => d.fixes.length)) {
      const outcome = await fixFile(file, read.text, read.cable, options, reportFailures);
      if (outcome.kind === 'written') {
        const before = result.diagnostics;
        result = lintCable(outcome.cable, options);
        warn(summary.fixedFile(file, fixedCodes(before, result.diagnostics)));
      } else if (outcome.kind !== 'unchanged') {
        warn(outcome.message);
        summary.unfixedFile();
        inputError ||= outcome.kind === 'failed';
      }
    }
    summary.checkedFile(result.diagnostics);
    reports.push({ file, diagnostics: result.diagnostics });
  }
  process.stdout.write(formatReports(format, reports));
  warn(summary.text(!!values.fix));
  if (inputError) return 2;
  return reports.some((r) => r.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
}
