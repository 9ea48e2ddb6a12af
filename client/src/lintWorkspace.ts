// `Cable: Lint Workspace`: every cable of the workspace linted into the Problems panel, through the
// server's workspace diagnostics (workspace/diagnostic). The language client pulls them by itself,
// again and again, as soon as the server offers them; here that pull waits until the user asks, so
// that opening a folder of thousands of cables does not lint them all. Once asked, the pulls go on:
// the server answers a pull only when something changed, so the Problems panel follows the files.
// The server shows the progress; cancelling it keeps what was found and stops the pulls until the
// command runs again. Running the command again lints everything afresh.

import * as vscode from 'vscode';
import type { BaseLanguageClient, Middleware } from 'vscode-languageclient';

export const LINT_WORKSPACE_COMMAND = 'cable.lintWorkspace';

export class WorkspaceLint {
  private asked = false;
  /** The next pull lints everything, whatever the client has. */
  private fresh = false;
  private wake: (() => void) | undefined;
  private current: vscode.CancellationTokenSource | undefined;
  private passes: Array<() => void> = [];

  /** What the command runs: resolves when the pass is done (or cancelled). */
  run(): Promise<void> {
    const done = new Promise<void>((resolve) => this.passes.push(resolve));
    this.asked = true;
    this.fresh = true;
    // A pull held by the server (nothing changed) gives way to the fresh one.
    this.current?.cancel();
    this.wake?.();
    return done;
  }

  readonly middleware: Pick<Middleware, 'provideWorkspaceDiagnostics'> = {
    provideWorkspaceDiagnostics: async (resultIds, token, reporter, next) => {
      for (;;) {
        if (!this.asked) await this.untilAsked(token);
        if (token.isCancellationRequested) return { items: [] };
        const fresh = this.fresh;
        this.fresh = false;
        const source = new vscode.CancellationTokenSource();
        const linked = token.onCancellationRequested(() => source.cancel());
        this.current = source;
        try {
          await next(fresh ? [] : resultIds, source.token, reporter);
        } catch (error) {
          // The user cancelled the server's progress: no more pulls until asked again.
          if ((error as { data?: { retriggerRequest?: boolean } } | null)?.data?.retriggerRequest !== false) throw error;
          this.asked = false;
        } finally {
          linked.dispose();
          this.current = undefined;
        }
        // Cancelled here for a fresh pull: pull at once.
        if (source.token.isCancellationRequested && !token.isCancellationRequested && this.fresh) continue;
        if (fresh || !this.asked) this.passes.splice(0).forEach((resolve) => resolve());
        return { items: [] };
      }
    },
  };

  private untilAsked(token: vscode.CancellationToken): Promise<void> {
    return new Promise((resolve) => {
      const stop = token.onCancellationRequested(() => done());
      const done = () => {
        stop.dispose();
        this.wake = undefined;
        resolve();
      };
      this.wake = done;
    });
  }
}

/** The command: starts the server if no cable was opened yet, lints, and shows the Problems panel. */
export function registerLintWorkspace(lint: WorkspaceLint, client: BaseLanguageClient): vscode.Disposable {
  return vscode.commands.registerCommand(LINT_WORKSPACE_COMMAND, async () => {
    await client.start();
    await lint.run();
    await vscode.commands.executeCommand('workbench.actions.view.problems');
  });
}
