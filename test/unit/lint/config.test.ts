// Rule levels from settings and `.cablelint.json`: checking, locating problems, finding the file,
// combining the sources, and the generated schema.

import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { nodeFiles } from '../../../server/src/node/files';
import { CONFIG_FILE_NAME, findConfigFile, parseConfigText } from '../../../server/src/rules/config/file';
import { checkLevels, combineLevels, effectiveSeverity } from '../../../server/src/rules/config/levels';
import { configSchema } from '../../../server/src/rules/config/schema';
import type { Rule } from '../../../server/src/rules/types';

const rule = (code: string): Rule => ({ code, name: code.toLowerCase(), severity: 'warning', description: 'd', basis: 'b', check: () => [] });
const rules = [rule('C8'), rule('P1')];

describe('lint configuration', () => {
  it('keeps valid levels and names the unknown codes and bad levels', () => {
    const { levels, problems } = checkLevels({ $schema: 'x', C8: 'error', p1: 'off', P1: 'loud', Q7: 'hint' }, rules);
    assert.deepEqual(levels, { C8: 'error' });
    assert.deepEqual(
      problems.map((p) => [p.key, p.inValue, p.message]),
      [
        ['p1', false, "unknown rule code 'p1' (did you mean 'P1'?)"],
        ['P1', true, 'rule P1: level must be one of "off", "hint", "information", "warning", "error", not "loud"'],
        ['Q7', false, "unknown rule code 'Q7'"],
      ],
    );
    assert.equal(checkLevels(['C8'], rules).problems[0].key, null, 'an array is not a levels object');
  });

  it('lets .cablelint.json win over the settings, code by code', () => {
    const levels = combineLevels({ C8: 'off', P1: 'error' }, { C8: 'hint' });
    assert.deepEqual(levels, { C8: 'hint', P1: 'error' });
    assert.equal(effectiveSeverity(rules[0], levels), 'hint');
    assert.equal(effectiveSeverity(rules[0], {}), 'warning');
    assert.equal(effectiveSeverity(rules[1], { P1: 'off' }), null);
  });

  it('places each problem of the file on its key or its value', () => {
    const text = '{\n  "$schema": "./s.json",\n  "C8": "loud",\n  "X1": "off",\n  "P1": "hint"\n}\n';
    const config = parseConfigText(text, rules);
    assert.equal(config.unusable, false);
    assert.deepEqual(config.levels, { P1: 'hint' });
    assert.deepEqual(
      config.problems.map((p) => p.range),
      [
        { start: { line: 2, character: 8 }, end: { line: 2, character: 14 } },
        { start: { line: 3, character: 2 }, end: { line: 3, character: 6 } },
      ],
    );
  });

  it('reads a file that starts with a byte order mark, with the same positions', () => {
    const config = parseConfigText('\uFEFF{"Q1": "off"}', rules);
    assert.deepEqual(config.problems.map((p) => p.range.start), [{ line: 0, character: 2 }]);
  });

  it('reports invalid JSON where the parser stopped, and uses nothing of it', () => {
    const config = parseConfigText('{\n  "C8": "off",\n}\n', rules);
    assert.equal(config.unusable, true);
    assert.deepEqual(config.levels, {});
    assert.match(config.problems[0].message, /^\.cablelint\.json is not valid JSON: /);
    assert.equal(config.problems[0].range.start.line, 2, 'at the closing brace after the trailing comma');
    assert.equal(parseConfigText('"C8"', rules).unusable, true, 'a string is not a levels object');
  });

  it('finds the nearest file upwards, stopping at the workspace folder', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'cablelint-'));
    const uri = (p: string) => pathToFileURL(p).href;
    try {
      const workspace = path.join(root, 'ws');
      const deep = path.join(workspace, 'a', 'b');
      fs.mkdirSync(deep, { recursive: true });
      fs.writeFileSync(path.join(root, CONFIG_FILE_NAME), '{}');
      assert.equal(await findConfigFile(nodeFiles, uri(deep)), uri(path.join(root, CONFIG_FILE_NAME)), 'up to the file-system root');
      assert.equal(await findConfigFile(nodeFiles, uri(deep), uri(workspace)), null, 'not above the workspace folder');
      fs.writeFileSync(path.join(workspace, 'a', CONFIG_FILE_NAME), '{}');
      assert.equal(await findConfigFile(nodeFiles, uri(deep), uri(workspace)), uri(path.join(workspace, 'a', CONFIG_FILE_NAME)));
      fs.mkdirSync(path.join(deep, CONFIG_FILE_NAME));
      assert.equal(await findConfigFile(nodeFiles, uri(deep), uri(workspace)), uri(path.join(workspace, 'a', CONFIG_FILE_NAME)), 'a folder of that name is not the file');
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it('generates a schema that allows exactly the codes, their levels and $schema', () => {
    const schema = configSchema(rules) as { properties: Record<string, { enum?: string[] }>; additionalProperties: boolean };
    assert.deepEqual(Object.keys(schema.properties), ['$schema', 'C8', 'P1']);
    assert.deepEqual(schema.properties.C8.enum, ['off', 'hint', 'information', 'warning', 'error']);
    assert.equal(schema.additionalProperties, false);
  });
});
