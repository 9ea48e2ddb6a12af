// The client's side of `cable/stat` and `cable/readFile`: the server finds `.cablelint.json` through
// the editor's file system API wherever its own host cannot reach (every file, for the server in a
// browser; a virtual workspace's, such as github.dev's, for the Node server). vscode.workspace.fs
// reaches every file system the workbench has.
import * as vscode from 'vscode';
import { ErrorCodes, ResponseError, type BaseLanguageClient } from 'vscode-languageclient';
import { READ_FILE_METHOD, STAT_METHOD, type FileParams, type FileRead, type FileStat, type ReadFileParams } from '../../server/src/protocol';

/** The plain reason the server quotes (as Node's file errors read there), and its codes for "nothing there". */
function failure(error: unknown): ResponseError<void> {
  const code = error instanceof vscode.FileSystemError ? error.code : '';
  const reason = code === 'NoPermissions' ? 'permission denied' : code === 'FileNotFound' ? 'no such file or directory' : error instanceof Error ? error.message : String(error);
  return new ResponseError(ErrorCodes.InternalError, reason);
}

const isMissing = (error: unknown) => error instanceof vscode.FileSystemError && (error.code === 'FileNotFound' || error.code === 'FileNotADirectory');

/** `vscode.workspace.fs.stat` follows a link and flags it: the server asks what is there, unfollowed. */
function statType(type: vscode.FileType): FileStat['type'] {
  if (type & vscode.FileType.SymbolicLink) return 'symbolicLink';
  if (type & vscode.FileType.File) return 'file';
  return type & vscode.FileType.Directory ? 'directory' : 'other';
}

async function stat({ uri }: FileParams): Promise<FileStat | null> {
  try {
    const found = await vscode.workspace.fs.stat(vscode.Uri.parse(uri, true));
    return { type: statType(found.type), size: found.size };
  } catch (error) {
    if (isMissing(error)) return null;
    throw failure(error);
  }
}

async function readFile({ uri, maxBytes }: ReadFileParams): Promise<FileRead> {
  try {
    const file = vscode.Uri.parse(uri, true);
    const found = await vscode.workspace.fs.stat(file);
    if (!(found.type & vscode.FileType.File)) return { notAFile: true };
    if (found.size > maxBytes) return { tooLarge: found.size };
    const bytes = await vscode.workspace.fs.readFile(file);
    // The file may have grown between the two calls.
    return bytes.length > maxBytes ? { tooLarge: bytes.length } : { text: new TextDecoder().decode(bytes) };
  } catch (error) {
    throw failure(error);
  }
}

export function answerFileRequests(client: BaseLanguageClient): vscode.Disposable {
  return vscode.Disposable.from(client.onRequest(STAT_METHOD, stat), client.onRequest(READ_FILE_METHOD, readFile));
}
