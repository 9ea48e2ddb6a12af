// Highlighting in the real editor. The workbench tokenizes a cable with the grammar the extension
// contributes; that grammar, run by the TextMate engine this VS Code ships (its vscode-textmate and
// oniguruma build), gives the scopes themes colour; and the banner and portion marks are painted in
// their level's colour from the language server's `cable/classificationMarks`, live on edits and on
// the `cable.decorations.classification` setting.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type * as oniguruma from 'vscode-oniguruma';
import type * as textmate from 'vscode-textmate';
import type { Level } from '../../../server/src/protocol';
import { defined } from '../../helpers/defined';
import { fixtureUri, lineMatching, openCable } from './helpers';

/** What the extension's activate() returns (client/src/decorations.ts). */
interface ClassificationDecorationsApi {
  classificationDecorations(uri: vscode.Uri): Record<Level, vscode.Range[]>;
  readonly onDidUpdateClassificationDecorations: vscode.Event<vscode.Uri>;
}

interface GrammarContribution {
  readonly language?: string;
  readonly scopeName: string;
  readonly path: string;
}

function cableExtension(): vscode.Extension<ClassificationDecorationsApi> {
  const grammars = (extension: vscode.Extension<unknown>): GrammarContribution[] =>
    (extension.packageJSON as { contributes?: { grammars?: GrammarContribution[] } }).contributes?.grammars ?? [];
  const extension = vscode.extensions.all.find((candidate) => grammars(candidate).some((grammar) => grammar.language === 'cable'));
  assert.ok(extension, 'no extension contributes a grammar for the cable language');
  return extension as vscode.Extension<ClassificationDecorationsApi>;
}

/** Where the running VS Code keeps a module (desktop builds in an asar archive, code-server not). */
function vsCodeModule(name: string): string {
  for (const folder of ['node_modules', 'node_modules.asar']) {
    const location = path.join(vscode.env.appRoot, folder, name);
    if (fs.existsSync(location)) return location;
  }
  throw new Error(`${name} not found in ${vscode.env.appRoot}`);
}

/** The scopes of every token of `document`, tokenized with VS Code's engine and the contributed grammar. */
async function tokenize(document: vscode.TextDocument): Promise<textmate.IToken[][]> {
  const extension = cableExtension();
  const contributed = defined(
    (extension.packageJSON as { contributes: { grammars: GrammarContribution[] } }).contributes.grammars.find((grammar) => grammar.language === 'cable'),
  );
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the editor's own TextMate engine, found at run time inside the VS Code tested.
  const vsctm = require(vsCodeModule('vscode-textmate')) as typeof textmate;
  const onigMain = require.resolve(vsCodeModule('vscode-oniguruma'));
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the same: VS Code's own oniguruma build.
  const onig = require(onigMain) as typeof oniguruma;
  const wasm = fs.readFileSync(path.join(path.dirname(onigMain), 'onig.wasm'));
  await onig.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns) => new onig.OnigScanner(patterns),
      createOnigString: (text) => new onig.OnigString(text),
    }),
    loadGrammar: async (scopeName) => {
      if (scopeName !== contributed.scopeName) return null;
      const file = path.join(extension.extensionPath, contributed.path);
      return vsctm.parseRawGrammar(fs.readFileSync(file, 'utf8'), file);
    },
  });
  const grammar = await registry.loadGrammar(contributed.scopeName);
  assert.ok(grammar, `grammar ${contributed.scopeName} did not load`);
  let state = vsctm.INITIAL;
  const lines: textmate.IToken[][] = [];
  for (let line = 0; line < document.lineCount; line++) {
    const result = grammar.tokenizeLine(document.lineAt(line).text, state);
    lines.push(result.tokens);
    state = result.ruleStack;
  }
  return lines;
}

/** The scopes at the first occurrence of `text` on the one line matching `pattern`. */
function scopesOf(document: vscode.TextDocument, tokens: textmate.IToken[][], pattern: RegExp, text: string): string[] {
  const line = lineMatching(document, pattern);
  const column = document.lineAt(line).text.indexOf(text);
  assert.ok(column >= 0, `"${text}" is not on line ${line}`);
  const token = tokens[line].find((candidate) => candidate.startIndex <= column && column < candidate.endIndex);
  assert.ok(token, `no token at ${line}:${column}`);
  return token.scopes;
}

/** Resolves with the decorations of `uri` as soon as `accept` takes them, on the extension's update events. */
function decorationsWhen(
  api: ClassificationDecorationsApi,
  uri: vscode.Uri,
  accept: (decorations: Record<Level, vscode.Range[]>) => boolean,
  timeoutMs = 20_000,
): Promise<Record<Level, vscode.Range[]>> {
  return new Promise((resolve, reject) => {
    const done = (): void => {
      const decorations = api.classificationDecorations(uri);
      if (!accept(decorations)) return;
      subscription.dispose();
      clearTimeout(timer);
      resolve(decorations);
    };
    const subscription = api.onDidUpdateClassificationDecorations((updated) => {
      if (updated.toString() === uri.toString()) done();
    });
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`classification decorations of ${uri.path} not as expected within ${timeoutMs} ms; last: ${show(api.classificationDecorations(uri))}`));
    }, timeoutMs);
    done();
  });
}

function show(decorations: Record<Level, vscode.Range[]>): string {
  return JSON.stringify(
    Object.fromEntries(Object.entries(decorations).map(([level, ranges]) => [level, ranges.map((r) => `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`)])),
  );
}

/** Each numbered paragraph's portion mark, read from the text, by level. */
function portionMarks(document: vscode.TextDocument, level: Level, letters: readonly string[]): string[] {
  const found: string[] = [];
  for (let line = 0; line < document.lineCount; line++) {
    const match = /^¶?\d+\. (\(([A-Z/]+)\))/.exec(document.lineAt(line).text);
    if (match && letters.includes(match[2])) {
      const start = match.index + match[0].indexOf(match[1]);
      found.push(`${level}@${line}:${start}-${line}:${start + match[1].length}`);
    }
  }
  return found;
}

function marksOf(decorations: Record<Level, vscode.Range[]>, level: Level): string[] {
  return decorations[level].map((r) => `${level}@${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`);
}

async function activeApi(): Promise<ClassificationDecorationsApi> {
  const api = await cableExtension().activate();
  assert.equal(typeof api?.classificationDecorations, 'function', 'activate() must return the classification decorations API');
  return api;
}

describe('highlighting', () => {
  it('is done by the workbench with a TextMate grammar for cables', async () => {
    const document = await openCable('07KARACHI861.cable');
    // Throws when no tokenizer is registered for the document's language.
    const result = await vscode.commands.executeCommand<{ tokenizeTime: number }>('_workbench.colorizeTextMateTokens', document.uri);
    assert.equal(typeof result.tokenizeTime, 'number');
  });

  it("gives the header, banner, front matter and paragraphs their scopes with VS Code's TextMate engine", async () => {
    const document = await openCable('07KARACHI861.cable');
    const tokens = await tokenize(document);
    const has = (pattern: RegExp, text: string, ...expected: string[]) => {
      const scopes = scopesOf(document, tokens, pattern, text);
      for (const scope of expected) assert.ok(scopes.includes(scope), `"${text}" has ${scopes.join(' ')}, not ${scope}`);
      return scopes;
    };
    has(/^VZCZC/, 'VZCZC', 'keyword.other.prosign.transmission.cable');
    has(/^DE RUEHKP/, 'RUEHKP', 'constant.other.routing-indicator.cable');
    has(/^P 140626Z/, '140626Z DEC 07', 'constant.numeric.date-time-group.cable');
    has(/^TO RUEHC/, 'SECSTATE WASHDC', 'meta.header.address.cable', 'entity.name.address.cable');
    has(/^C O N F I D E N T I A L/, 'C O N F I D E N T I A L', 'markup.heading.banner.cable', 'constant.language.classification.confidential.cable');
    has(/^E\.O\./, '12/14/2017', 'constant.numeric.date.cable');
    has(/^TAGS:/, 'PGOV', 'constant.other.tag.cable');
    has(/^SUBJECT:/, 'MQM LEADERS', 'string.unquoted.subject.cable');
    has(/^RELATIONSHIP WITH PPP/, 'RELATIONSHIP', 'string.unquoted.subject.cable');
    has(/^Classified By:/, 'c), (d)', 'constant.language.reason.cable');
    has(/^¶1\. /, '1.', 'markup.heading.paragraph-number.cable');
    has(/^¶1\. /, '(C)', 'storage.modifier.portion-mark.confidential.cable');
    has(/^¶1\. /, 'SUMMARY', 'keyword.control.summary.begin.cable');
    const year = has(/^¶1\. /, '¶2007.');
    assert.ok(!year.includes('markup.heading.paragraph-number.cable'), `¶2007. in running text has ${year.join(' ')}`);
    has(/^¶3\. /, '(SBU)', 'storage.modifier.portion-mark.unclassified.cable');
    has(/^KARACHI 00000861 002 OF 002/, '00000861', 'meta.section-continuation.cable', 'constant.numeric.serial.cable');
    has(/^ANSKE/, 'ANSKE', 'entity.name.signature.cable');
  });

  it('paints the banner and each portion mark in the colour of its level', async () => {
    const document = await openCable('07KARACHI861.cable');
    const banner = lineMatching(document, /^C O N F I D E N T I A L/);
    const confidential = portionMarks(document, 'CONFIDENTIAL', ['C']);
    const unclassified = portionMarks(document, 'UNCLASSIFIED', ['U', 'SBU']);
    const decorations = await decorationsWhen(await activeApi(), document.uri, (d) => d.CONFIDENTIAL.length > 0);
    const [first, ...rest] = marksOf(decorations, 'CONFIDENTIAL');
    assert.match(first, new RegExp(`^CONFIDENTIAL@${banner}:0-${banner}:\\d+$`), 'the banner line comes first, in CONFIDENTIAL');
    assert.deepEqual(rest, confidential);
    assert.deepEqual(marksOf(decorations, 'UNCLASSIFIED'), unclassified);
    assert.deepEqual([...decorations.SECRET, ...decorations['TOP SECRET']], []);
  });

  it('repaints after an edit: a SECRET portion mark in a CONFIDENTIAL cable gets the SECRET colour', async () => {
    const copy = fixtureUri('07KARACHI861-levels.cable');
    await vscode.workspace.fs.copy(fixtureUri('07KARACHI861.cable'), copy, { overwrite: true });
    const document = await vscode.workspace.openTextDocument(copy);
    await vscode.window.showTextDocument(document);
    const api = await activeApi();
    await decorationsWhen(api, copy, (d) => d.CONFIDENTIAL.length > 0);
    const line = lineMatching(document, /^¶4\. \(C\)/);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(copy, new vscode.Range(line, 4, line, 7), '(S//NF)');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const decorations = await decorationsWhen(api, copy, (d) => d.SECRET.length > 0);
    assert.deepEqual(marksOf(decorations, 'SECRET'), [`SECRET@${line}:4-${line}:11`]);
    assert.ok(!marksOf(decorations, 'CONFIDENTIAL').some((mark) => mark.includes(`@${line}:`)), 'the edited mark is no longer CONFIDENTIAL');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('clears and restores the colours when cable.decorations.classification is turned off and on', async () => {
    const document = await openCable('07KARACHI861.cable');
    const api = await activeApi();
    const painted = (d: Record<Level, vscode.Range[]>) => Object.values(d).reduce((sum, ranges) => sum + ranges.length, 0);
    const before = painted(await decorationsWhen(api, document.uri, (d) => painted(d) > 0));
    const setting = vscode.workspace.getConfiguration('cable.decorations');
    try {
      await setting.update('classification', false, vscode.ConfigurationTarget.Global);
      await decorationsWhen(api, document.uri, (d) => painted(d) === 0);
    } finally {
      await setting.update('classification', undefined, vscode.ConfigurationTarget.Global);
    }
    assert.equal(painted(await decorationsWhen(api, document.uri, (d) => painted(d) > 0)), before);
  });
});
