// `cable lint [--format text|json|sarif] [--fix] [--config FILE] PATH...`: lints files and folders.
// Exit code: 2 on bad usage or input that cannot be read (or, with --fix, a file whose fixed text
// would no longer parse as a cable: it is left unwritten), else 1 when an error-severity
// diagnostic remains, else 0.

import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { isCable } from '../features/metadata';
import { parseCable } from '../parser';
import { fixAll, lintCable, type RuleFailure } from '../rules/engine';
import { CliConfig } from './lintConfig';
import { collectInputs } from './lintInputs';
import { FORMATS, formatReports, type FileReport, type Format } from './lintReport';
import { readCable } from './readCable';

const LINT_USAGE = 'usage: cable lint [--format text|json|sarif] [--fix] [--config FILE] PATH...\n';

export async function lintCommand(argv: string[]): Promise<number> {
  const fail = (message: string): number => {
    process.stderr.write(`cable lint: ${message}\n`);
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

  const warn = (message: string) => process.stderr.write(`cable lint: ${message}\n`);
  const config = new CliConfig(values.config, warn);
  if (values.config !== undefined) {
    const levels = config.levelsFor(values.config);
    if (!levels.ok) return fail(levels.message);
  }
  const inputs = await collectInputs(positionals);
  let inputError = inputs.errors.length > 0;
  inputs.errors.forEach(warn);

  const reports: FileReport[] = [];
  const reportedFailures = new Set<string>();
  const reportFailures = (failures: readonly RuleFailure[]) => {
    for (const { code, error } of failures) {
      if (reportedFailures.has(code)) continue;
      reportedFailures.add(code);
      warn(`rule ${code} failed and was skipped: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  for (const file of inputs.files) {
    const levels = config.levelsFor(file);
    const read = levels.ok ? await readCable(file) : levels;
    if (!levels.ok || !read.ok) {
      warn(read.ok ? '' : read.message);
      inputError = true;
      continue;
    }
    let cable = read.cable;
    if (values.fix) {
      const fixed = fixAll(read.text, { levels: levels.levels }, read.cable);
      reportFailures(fixed.failures);
      if (fixed.text !== read.text) {
        const reparsed = parseCable(fixed.text);
        if (!isCable(reparsed)) {
          warn(`${file}: not written: the fixed text no longer reads as a cable`);
          inputError = true;
        } else {
          try {
            await writeFile(file, fixed.text);
            cable = reparsed;
          } catch (error) {
            warn(`${file}: cannot write: ${(error as Error).message}`);
            inputError = true;
          }
        }
      }
    }
    const result = lintCable(cable, { levels: levels.levels });
    reportFailures(result.failures);
    reports.push({ file, diagnostics: result.diagnostics });
  }
  process.stdout.write(formatReports(format, reports));
  if (inputError) return 2;
  return reports.some((r) => r.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
}
