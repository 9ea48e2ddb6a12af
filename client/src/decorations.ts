// Classification levels in colour: the banner line and every portion mark get the colour of their
// level (themable, contributed as cable.classification.*): coloured text, a thin underline and a mark
// in the overview ruler, so that a SECRET paragraph stands out in a CONFIDENTIAL cable. The language
// server says where the marks are and what level each has (`cable/classificationMarks`); this file
// only paints them. The setting `cable.decorations.classification` turns it off and on, live.
import * as vscode from 'vscode';
import { LSPErrorCodes, ResponseError, type BaseLanguageClient } from 'vscode-languageclient';
import { CLASSIFICATION_MARKS_METHOD, LEVELS, type ClassificationMark, type Level } from '../../server/src/protocol';
import { classificationColorId } from './levels';

/** Returned by the extension's activate(), for tests and other extensions. */
export interface ClassificationDecorationsApi {
  /** The ranges decorated now in the editors showing `uri`, by level (all empty when off). */
  classificationDecorations(uri: vscode.Uri): Record<Level, vscode.Range[]>;
  /** Fires with a document's uri each time its decorations have been set or cleared. */
  readonly onDidUpdateClassificationDecorations: vscode.Event<vscode.Uri>;
}

const SETTING = 'cable.decorations.classification';
/** Typing pauses shorter than this do not ask the server again. */
const CHANGE_DELAY_MS = 300;

function noMarks(): Record<Level, vscode.Range[]> {
  return Object.fromEntries(LEVELS.map((level) => [level, [] as vscode.Range[]])) as Record<Level, vscode.Range[]>;
}

export function registerClassificationDecorations(client: BaseLanguageClient): ClassificationDecorationsApi & vscode.Disposable {
  const decorationTypes = new Map(
    LEVELS.map((level) => {
      const color = new vscode.ThemeColor(classificationColorId(level));
      const type = vscode.window.createTextEditorDecorationType({
        color,
        borderColor: color,
        borderStyle: 'solid',
        borderWidth: '0 0 1px 0',
        overviewRulerColor: color,
        overviewRulerLane: vscode.OverviewRulerLane.Right,
        rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
      });
      return [level, type] as const;
    }),
  );
  /** What is painted per document, and for which version of it. */
  const applied = new Map<string, { version: number; marks: Record<Level, vscode.Range[]> }>();
  const pending = new Map<string, ReturnType<typeof setTimeout>>();
  const updated = new vscode.EventEmitter<vscode.Uri>();
  const enabled = (document: vscode.TextDocument) => vscode.workspace.getConfiguration(undefined, document.uri).get<boolean>(SETTING, true);

  const paint = (document: vscode.TextDocument, marks: Record<Level, vscode.Range[]>) => {
    applied.set(document.uri.toString(), { version: document.version, marks });
    for (const editor of vscode.window.visibleTextEditors) {
      if (editor.document !== document) continue;
      for (const [level, type] of decorationTypes) editor.setDecorations(type, marks[level]);
    }
    updated.fire(document.uri);
  };

  const refresh = async (document: vscode.TextDocument) => {
    if (document.languageId !== 'cable' || document.isClosed) return;
    if (!enabled(document)) return paint(document, noMarks());
    const version = document.version;
    let answer: ClassificationMark[] | null;
    try {
      answer = await client.sendRequest<ClassificationMark[] | null>(CLASSIFICATION_MARKS_METHOD, {
        textDocument: { uri: client.code2ProtocolConverter.asUri(document.uri) },
      });
    } catch (error) {
      // The document changed under the request: the change's own refresh follows.
      const superseded = error instanceof ResponseError && (error.code === LSPErrorCodes.ContentModified || error.code === LSPErrorCodes.RequestCancelled);
      if (!superseded) client.warn(`${CLASSIFICATION_MARKS_METHOD} failed for ${document.uri.toString()}`, error, false);
      return;
    }
    // Null: the server does not know the document (yet). Otherwise a newer request is on its way
    // when the document was edited, closed or the setting changed meanwhile.
    if (answer === null || document.version !== version || document.isClosed || !enabled(document)) return;
    const marks = noMarks();
    for (const mark of answer) {
      marks[mark.level]?.push(new vscode.Range(mark.range.start.line, mark.range.start.character, mark.range.end.line, mark.range.end.character));
    }
    paint(document, marks);
  };

  /** Editors that become visible get the marks already known for their document's version. */
  const showVisible = () => {
    const documents = new Set(vscode.window.visibleTextEditors.map((editor) => editor.document));
    for (const document of documents) {
      const known = applied.get(document.uri.toString());
      if (known?.version === document.version && enabled(document)) paint(document, known.marks);
      else void refresh(document);
    }
  };
  const refreshVisible = () => new Set(vscode.window.visibleTextEditors.map((editor) => editor.document)).forEach((document) => void refresh(document));

  const subscriptions: vscode.Disposable[] = [
    updated,
    ...decorationTypes.values(),
    vscode.window.onDidChangeVisibleTextEditors(showVisible),
    vscode.workspace.onDidOpenTextDocument((document) => void refresh(document)),
    vscode.workspace.onDidChangeTextDocument(({ document }) => {
      if (document.languageId !== 'cable') return;
      const key = document.uri.toString();
      clearTimeout(pending.get(key));
      pending.set(
        key,
        setTimeout(() => {
          pending.delete(key);
          void refresh(document);
        }, CHANGE_DELAY_MS),
      );
    }),
    vscode.workspace.onDidCloseTextDocument((document) => {
      const key = document.uri.toString();
      applied.delete(key);
      clearTimeout(pending.get(key));
      pending.delete(key);
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration(SETTING)) refreshVisible();
    }),
  ];
  refreshVisible();

  return {
    classificationDecorations(uri) {
      const known = applied.get(uri.toString());
      const visible = vscode.window.visibleTextEditors.some((editor) => editor.document.uri.toString() === uri.toString());
      const marks = noMarks();
      if (known && visible) for (const level of LEVELS) marks[level].push(...known.marks[level]);
      return marks;
    },
    onDidUpdateClassificationDecorations: updated.event,
    dispose() {
      pending.forEach((timer) => clearTimeout(timer));
      subscriptions.forEach((subscription) => subscription.dispose());
    },
  };
}
