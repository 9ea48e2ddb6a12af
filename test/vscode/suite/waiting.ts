// Waiting on the editor's events rather than sleeping, for the real-editor tests of both extension
// hosts (test/vscode in Node's, test/web in the browser's): nothing here may use Node.
import * as vscode from 'vscode';

/**
 * Resolves with `check()`'s value as soon as it has one: now, or after a firing of `event`.
 * Rejects with `failure()` after `timeoutMs`.
 */
export function whenEvent<T>(event: vscode.Event<unknown>, check: () => T | undefined, timeoutMs: number, failure: () => string): Promise<T> {
  return new Promise((resolve, reject) => {
    const settle = (): void => {
      const value = check();
      if (value === undefined) return;
      subscription.dispose();
      clearTimeout(timer);
      resolve(value);
    };
    const subscription = event(settle);
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(failure()));
    }, timeoutMs);
    settle();
  });
}

/** The document's diagnostics as soon as `accept` takes them, waiting on diagnostics events. */
export function waitForDiagnostics(
  uri: vscode.Uri,
  accept: (diagnostics: readonly vscode.Diagnostic[]) => boolean,
  timeoutMs = 20_000,
): Promise<readonly vscode.Diagnostic[]> {
  return whenEvent(
    vscode.languages.onDidChangeDiagnostics,
    () => {
      const diagnostics = vscode.languages.getDiagnostics(uri);
      return accept(diagnostics) ? diagnostics : undefined;
    },
    timeoutMs,
    () => {
      const found = vscode.languages.getDiagnostics(uri).map((d) => `${d.range.start.line}: ${d.message}`);
      return `diagnostics of ${uri.path} not as expected within ${timeoutMs} ms; last: ${JSON.stringify(found)}`;
    },
  );
}

/** A diagnostic's code: with a link to its doc page, VS Code gives it as `{ value, target }`. */
export function codeOf(diagnostic: vscode.Diagnostic): string | number | undefined {
  return typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
}
