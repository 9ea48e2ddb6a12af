// The output formats of `cable lint`. Lines and columns are 1-based; an end column is the column
// just after the last character, as in SARIF regions.

import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { VERSION, type LintDiagnostic, type RuleDescription, type Severity } from '../index';

export interface FileReport {
  readonly file: string;
  readonly diagnostics: readonly LintDiagnostic[];
}

export const FORMATS = ['text', 'json', 'sarif', 'github'] as const;
export type Format = (typeof FORMATS)[number];

interface Located {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: Severity;
  code: string;
  message: string;
}

function located(file: string, d: LintDiagnostic): Located {
  const { start, end } = d.range;
  return { file, line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1, severity: d.severity, code: d.code, message: d.message };
}

/** `rules` (the service's, with their pages) describe the rules in SARIF. */
export function formatReports(format: Format, reports: readonly FileReport[], rules: readonly RuleDescription[]): string {
  const all = reports.flatMap((r) => r.diagnostics.map((d) => located(r.file, d)));
  if (format === 'json') return `${JSON.stringify(all, null, 2)}\n`;
  if (format === 'sarif') return `${JSON.stringify(sarifLog(reports, rules), null, 2)}\n`;
  if (format === 'github') return githubAnnotations(all, rules);
  return all.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.code} ${d.message}\n`).join('');
}

/** GitHub's annotation commands have three levels. */
const GITHUB_LEVEL: Readonly<Record<Severity, 'error' | 'warning' | 'notice'>> = { error: 'error', warning: 'warning', information: 'notice', hint: 'notice' };

/** A command's message, escaped as GitHub's runner reads it (actions/toolkit, core/src/command.ts). */
const githubData = (text: string): string => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
/** A command's property value: the message's escapes, and `:` and `,`, which separate properties. */
const githubProperty = (text: string): string => githubData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * GitHub Actions workflow commands, one per diagnostic: `::warning file=F,line=L,col=C,endLine=…,
 * endColumn=…,title=CODE (name)::message`. Files are named relative to the working directory (the
 * checkout, in a workflow), with `/`.
 */
function githubAnnotations(all: readonly Located[], rules: readonly RuleDescription[], cwd = process.cwd()): string {
  const names = new Map(rules.map((r) => [r.code, r.name]));
  const shown = (file: string) => {
    const relative = path.relative(cwd, path.resolve(file));
    return (relative.startsWith('..') || path.isAbsolute(relative) ? path.resolve(file) : relative).split(path.sep).join('/');
  };
  return all
    .map((d) => {
      const name = names.get(d.code);
      const properties = { file: shown(d.file), line: d.line, col: d.column, endLine: d.endLine, endColumn: d.endColumn, title: name ? `${d.code} (${name})` : d.code };
      const list = Object.entries(properties).map(([key, value]) => `${key}=${githubProperty(String(value))}`);
      return `::${GITHUB_LEVEL[d.severity]} ${list.join(',')}::${githubData(d.message)}\n`;
    })
    .join('');
}

const SARIF_LEVEL: Readonly<Record<Severity, 'error' | 'warning' | 'note'>> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };
const SOURCE_ROOT = 'SRCROOT';

/** SARIF 2.1.0: the registry's rules in tool.driver.rules, one result per diagnostic. */
function sarifLog(reports: readonly FileReport[], rules: readonly RuleDescription[], cwd = process.cwd()): object {
  const ruleIndex = new Map(rules.map((r, i) => [r.code, i]));
  const artifact = (file: string) => {
    const relative = path.relative(cwd, path.resolve(file));
    if (relative.startsWith('..') || path.isAbsolute(relative)) return { uri: pathToFileURL(path.resolve(file)).href };
    return { uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: SOURCE_ROOT };
  };
  const region = (d: Located) => ({ startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn });
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'cable lint',
            version: VERSION,
            rules: rules.map((r) => ({
              id: r.code,
              name: r.name,
              shortDescription: { text: r.description },
              ...(r.docUrl ? { helpUri: r.docUrl } : {}),
              defaultConfiguration: { level: SARIF_LEVEL[r.severity] },
              properties: { basis: r.basis, severity: r.severity },
            })),
          },
        },
        originalUriBaseIds: { [SOURCE_ROOT]: { uri: pathToFileURL(cwd + path.sep).href } },
        results: reports.flatMap((report) =>
          report.diagnostics.map((diagnostic) => {
            const d = located(report.file, diagnostic);
            const location = (r: Located) => ({ physicalLocation: { artifactLocation: artifact(report.file), region: region(r) } });
            return {
              ruleId: d.code,
              ...(ruleIndex.has(d.code) ? { ruleIndex: ruleIndex.get(d.code) } : {}),
              level: SARIF_LEVEL[d.severity],
              message: { text: d.message },
              locations: [location(d)],
              ...(diagnostic.related.length
                ? {
                    relatedLocations: diagnostic.related.map((rel, id) => ({
                      id,
                      ...location(located(report.file, { ...diagnostic, range: rel.range })),
                      message: { text: rel.message },
                    })),
                  }
                : {}),
            };
          }),
        ),
      },
    ],
  };
}
