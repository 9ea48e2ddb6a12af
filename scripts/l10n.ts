// The client's user-visible strings, read from its sources with the TypeScript parser: the messages
// of its `vscode.l10n.t(...)` calls make l10n/bundle.l10n.json, the bundle translators copy to
// bundle.l10n.<locale>.json (`npm run build` writes it; a unit test fails when it drifts), and a
// string literal handed straight to the user (a message box, a status bar item's text, a tooltip)
// is reported as not translatable.
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';

export const L10N_BUNDLE_PATH = path.join('l10n', 'bundle.l10n.json');
export const CLIENT_SOURCES = path.join('client', 'src');

/** Calls whose arguments are shown to the user as they are. */
const SHOWING_CALLS = new Set([
  'showInformationMessage',
  'showWarningMessage',
  'showErrorMessage',
  'setStatusBarMessage',
  'createOutputChannel',
  'showInputBox',
  'showQuickPick',
]);
/** Constructors whose arguments (all but a leading id) are shown to the user. */
const SHOWING_CONSTRUCTORS: Record<string, number> = { MarkdownString: 0, LanguageClient: 1, CodeAction: 0, TreeItem: 0 };
/** Properties (assigned or in object literals) shown to the user. */
const SHOWING_PROPERTIES = new Set(['text', 'tooltip', 'name', 'label', 'title', 'placeHolder', 'prompt', 'detail', 'message']);

export interface SourceFinding {
  readonly file: string;
  readonly line: number;
  readonly text: string;
}

export interface SourceStrings {
  /** The messages of `l10n.t(...)` calls. */
  readonly messages: readonly string[];
  /** `l10n.t(...)` calls whose message is not a literal, so no bundle can hold it. */
  readonly unextractable: readonly SourceFinding[];
  /** Literals shown to the user without `l10n.t`. */
  readonly bare: readonly SourceFinding[];
}

/** A literal a user would read: it holds a letter once `$(icon)` codicons are taken out. */
function readable(node: ts.Node): boolean {
  const text = ts.isStringLiteralLike(node) ? node.text : ts.isTemplateExpression(node) ? [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join('') : null;
  return text !== null && /\p{L}/u.test(text.replace(/\$\([\w-]+\)/g, ''));
}

function isL10nCall(node: ts.Node): node is ts.CallExpression {
  return ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 't' && /(^|\.)l10n$/.test(node.expression.expression.getText());
}

/** `item.tooltip = …`: an assignment to a property whose text the user sees. */
function isShowingAssignment(node: ts.Node): node is ts.BinaryExpression {
  return ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(node.left) && SHOWING_PROPERTIES.has(node.left.name.text);
}

function calleeName(expression: ts.Expression): string | null {
  if (ts.isIdentifier(expression)) return expression.text;
  if (ts.isPropertyAccessExpression(expression)) return expression.name.text;
  return null;
}

export function scanSource(file: string, text: string): SourceStrings {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const messages: string[] = [];
  const unextractable: SourceFinding[] = [];
  const bare: SourceFinding[] = [];
  const finding = (node: ts.Node): SourceFinding => ({ file, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: node.getText() });
  /** Reports the readable literals an expression shows: through conditionals, `+`, `??`, `||`, arrays. */
  const shown = (node: ts.Expression): void => {
    if (readable(node)) bare.push(finding(node));
    else if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node)) shown(node.expression);
    else if (ts.isConditionalExpression(node)) [node.whenTrue, node.whenFalse].forEach(shown);
    else if (ts.isBinaryExpression(node)) [node.left, node.right].forEach(shown);
    else if (ts.isArrayLiteralExpression(node)) node.elements.forEach(shown);
    else if (ts.isTemplateExpression(node)) node.templateSpans.forEach((span) => shown(span.expression));
  };
  const visit = (node: ts.Node): void => {
    if (isL10nCall(node)) {
      const [message] = node.arguments;
      if (message !== undefined && ts.isStringLiteralLike(message)) messages.push(message.text);
      else unextractable.push(finding(node));
    } else if (ts.isCallExpression(node) && SHOWING_CALLS.has(calleeName(node.expression) ?? '')) {
      node.arguments.forEach(shown);
    } else if (ts.isNewExpression(node) && (calleeName(node.expression) ?? '') in SHOWING_CONSTRUCTORS) {
      node.arguments?.slice(SHOWING_CONSTRUCTORS[calleeName(node.expression) ?? '']).forEach(shown);
    } else if (isShowingAssignment(node)) {
      shown(node.right);
    } else if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && SHOWING_PROPERTIES.has(node.name.text)) {
      shown(node.initializer);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { messages, unextractable, bare };
}

/** Every `*.ts` file of the client's sources, relative to `root`. */
export function clientSourceFiles(root: string): string[] {
  const dir = path.join(root, CLIENT_SOURCES);
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .sort()
    .map((file) => path.join(CLIENT_SOURCES, file));
}

export function scanClient(root: string): SourceStrings {
  const scans = clientSourceFiles(root).map((file) => scanSource(file, fs.readFileSync(path.join(root, file), 'utf8')));
  return {
    messages: scans.flatMap((scan) => scan.messages),
    unextractable: scans.flatMap((scan) => scan.unextractable),
    bare: scans.flatMap((scan) => scan.bare),
  };
}

/** The English bundle: each message standing for itself, sorted. */
export function bundleText(root: string): string {
  const messages = [...new Set(scanClient(root).messages)].sort();
  return `${JSON.stringify(Object.fromEntries(messages.map((message) => [message, message])), null, 2)}\n`;
}
