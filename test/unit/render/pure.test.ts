// The renderer runs wherever the core does, a browser worker included: it imports no Node module,
// no LSP and no VS Code, and reaches the rest of the core through decode.ts alone (which issue 8's
// move of the describers then touches).
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../../helpers/paths';

const renderDir = path.join(repoRoot, 'server', 'src', 'render');

function imports(file: string): string[] {
  const text = fs.readFileSync(path.join(renderDir, file), 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|require\(['"]([^'"]+)['"]\)|import\(['"]([^'"]+)['"]\)/g)].map((m) => m[1] ?? m[2] ?? m[3]);
}

describe('render: a pure part of the core', () => {
  const files = fs.readdirSync(renderDir).filter((f) => f.endsWith('.ts'));

  it('imports only its own modules, the model, and (in decode.ts) the describers', () => {
    assert.ok(files.length >= 5 && files.includes('decode.ts'));
    const offending = files.flatMap((file) =>
      imports(file)
        .filter((i) => !i.startsWith('./') && !i.startsWith('../model/') && !(file === 'decode.ts' && /^\.\.\/(reference|features)\b/.test(i)))
        .map((i) => `${file} imports ${i}`),
    );
    assert.deepEqual(offending, []);
  });

  it('uses no Node global (process, Buffer, require, __dirname)', () => {
    const offending = files.filter((file) => /\b(?:process|Buffer|__dirname|require)\b\s*[.(]/.test(fs.readFileSync(path.join(renderDir, file), 'utf8')));
    assert.deepEqual(offending, []);
  });
});
