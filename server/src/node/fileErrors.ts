// The plain reason a file could not be read, the same sentence wherever a path is read: a cable,
// a folder, `--config`, a `.cablelint.json`.

const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory',
  ENOTDIR: 'a part of the path is not a directory',
  ELOOP: 'too many levels of symbolic links',
};

export function fileErrorReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return (code && REASONS[code]) ?? (error as Error).message;
}

/** `PATH: cannot read: REASON`. */
export function cannotRead(file: string, error: unknown): string {
  return `${file}: cannot read: ${fileErrorReason(error)}`;
}
