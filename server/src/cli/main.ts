// `cable`: the command line face of the language service.

import { indexCommand } from './index';
import { inspectCommand } from './inspect';
import { lintCommand } from './lint';
import { refsCommand } from './refs';
import { renderCommand } from './render';
import { VERSION } from '../index';

const USAGE = `usage: cable <command> [options] FILE...

commands:
  inspect [--json] FILE...   print each cable's metadata (one JSON object per line with --json)
  lint [--format text|json|sarif|github] [--fix] [--config FILE] PATH...
                             check cables against the lint rules; folders are searched for *.cable
                             files and *.txt files that begin like a cable. --fix applies the
                             preferred fixes in place (never to a file that is not UTF-8) and says
                             what it fixed; --config replaces the nearest .cablelint.json. A summary
                             ends the run on stderr. Exit code 0: no error, 1: an error-severity
                             diagnostic, 2: bad usage or input that cannot be read (a missing PATH,
                             an unreadable file, a PATH that is not a cable, an unusable
                             configuration, a file --fix could not write). A file in a folder
                             that is not a cable is skipped, and said so.
  index [--json] [PATH...]   the workspace index of the cables under the PATHs (default: the
                             current folder): one line a cable (id, date, post, classification,
                             file, subject), or its index entry as JSON. Exit code 0, or 2 for
                             input that cannot be read.
  refs [--json] ID [PATH...] the cables under the PATHs that cite ID (with their REF items), and
                             the cables ID cites, present or not.
  render --html FILE [-o OUT]
  render --html --out DIR PATH...
                             write the Cable View as one self-contained HTML file (to OUT, or to
                             stdout), or every cable of the PATHs into DIR with an index.html table
                             (id, date, post, classification, subject); REF items naming a cable
                             of the set link to its page. Exit code 2 as for lint.

options:
  --help       show this help
  --version    print the version
`;

const COMMANDS: Record<string, (args: string[]) => Promise<number>> = {
  index: indexCommand,
  inspect: inspectCommand,
  lint: lintCommand,
  refs: refsCommand,
  render: renderCommand,
};

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '--version') {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  if (command === undefined || command === '--help' || command === '-h') {
    (command === undefined ? process.stderr : process.stdout).write(USAGE);
    return command === undefined ? 2 : 0;
  }
  const run = COMMANDS[command];
  if (!run) {
    process.stderr.write(`cable: unknown command '${command}'\n${USAGE}`);
    return 2;
  }
  return run(rest);
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`cable: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
