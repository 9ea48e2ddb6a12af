// The rule levels for each file `cable lint` reads: from `--config FILE`, or else from the
// `.cablelint.json` nearest to the file (its folder or any above, up to the file-system root).
// Unknown codes and bad levels are warned about and ignored; a file that cannot be used at all is
// an input error.

import * as path from 'node:path';
import { findConfigFile, readConfigFile, type ConfigFile } from '../rules/config/file';
import type { RuleLevels } from '../rules/config/levels';
import { rules } from '../rules/registry';

export type LevelsResult = { ok: true; levels: RuleLevels } | { ok: false; message: string };

export class CliConfig {
  private readonly files = new Map<string, ConfigFile>();
  private readonly found = new Map<string, string | null>();

  constructor(
    private readonly explicit: string | undefined,
    private readonly warn: (message: string) => void,
  ) {}

  levelsFor(file: string): LevelsResult {
    const configPath = this.explicit ?? this.nearest(path.dirname(path.resolve(file)));
    if (!configPath) return { ok: true, levels: {} };
    const config = this.read(configPath);
    if (config.unusable) return { ok: false, message: `${configPath}: ${config.problems.map((p) => p.message).join('; ')}` };
    return { ok: true, levels: config.levels };
  }

  private nearest(dir: string): string | null {
    if (!this.found.has(dir)) this.found.set(dir, findConfigFile(dir));
    return this.found.get(dir) ?? null;
  }

  private read(configPath: string): ConfigFile {
    let config = this.files.get(configPath);
    if (!config) {
      config = readConfigFile(configPath, rules);
      this.files.set(configPath, config);
      if (!config.unusable) {
        for (const p of config.problems) this.warn(`${configPath}:${p.range.start.line + 1}:${p.range.start.character + 1}: ${p.message} (ignored)`);
      }
    }
    return config;
  }
}
