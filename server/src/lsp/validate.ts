// The shapes of what clients send, checked before anything uses them: a notification that does not
// fit is logged and dropped, a request gets InvalidParams (see guarded). A check returns what is
// wrong, naming the field, or null when the value fits.

export type Check = (value: unknown, name: string) => string | null;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** LSP's uinteger: what lines and characters are. */
export const uinteger: Check = (value, name) => (Number.isInteger(value) && (value as number) >= 0 && (value as number) < 2 ** 31 ? null : `${name} must be a non-negative integer`);

const integer: Check = (value, name) => (Number.isInteger(value) ? null : `${name} must be an integer`);

export const string: Check = (value, name) => (typeof value === 'string' ? null : `${name} must be a string`);

/** An absolute URI: a scheme, then anything (file:, untitled:, vscode-notebook-cell:…). */
const uri: Check = (value, name) => (typeof value === 'string' && /^[A-Za-z][A-Za-z0-9+.-]*:/.test(value) ? null : `${name} must be a URI`);

export const optional =
  (check: Check): Check =>
  (value, name) =>
    value === undefined ? null : check(value, name);

const arrayOf =
  (item: Check): Check =>
  (value, name) => {
    if (!Array.isArray(value)) return `${name} must be an array`;
    for (let k = 0; k < value.length; k++) {
      const problem = item(value[k], `${name}[${k}]`);
      if (problem) return problem;
    }
    return null;
  };

/** An object with these fields (others are allowed, as the protocol grows). */
export const object =
  (fields: Record<string, Check>): Check =>
  (value, name) => {
    if (!isObject(value)) return `${name} must be an object`;
    for (const [field, check] of Object.entries(fields)) {
      const problem = check(value[field], name ? `${name}.${field}` : field);
      if (problem) return problem;
    }
    return null;
  };

export const position = object({ line: uinteger, character: uinteger });
const range = object({ start: position, end: position });
const textDocument = object({ uri });

export const documentParams = object({ textDocument });
export const positionParams = object({ textDocument, position });
export const selectionRangeParams = object({ textDocument, positions: arrayOf(position) });
export const codeActionParams = object({
  textDocument,
  range,
  context: object({ diagnostics: arrayOf(object({ range })), only: optional(arrayOf(string)) }),
});

export const executeCommandParams = object({ command: string, arguments: optional(arrayOf(() => null)) });

/** The text synchronisation notifications, by method: what TextDocuments takes for granted. */
export const notifications: Readonly<Record<string, Check>> = {
  'textDocument/didOpen': object({ textDocument: object({ uri, version: integer, text: string }) }),
  'textDocument/didChange': object({
    textDocument: object({ uri, version: integer }),
    contentChanges: arrayOf(object({ range: optional(range), text: string })),
  }),
  'textDocument/didClose': documentParams,
  'textDocument/didSave': object({ textDocument, text: optional(string) }),
  'textDocument/willSave': documentParams,
};
