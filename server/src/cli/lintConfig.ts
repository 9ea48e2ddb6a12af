// The rule levels for each file `cable lint` reads: from `--config FILE`, or else from the
// `.cablelint.json` nearest to the file (its folder or any above, up to the file-system root).
// Unknown codes and bad levels are warned about and ignored; a file that cannot be used at all is
// reported once, and the cables under it are not linted.

import * as path from 'node:path';
import { findConfigFile, readConfigFile, type ConfigFile } from '../rules/config/file';
import type { RuleLevels } from '../rules/config/levels';
import { rules } from '../rules/registry';

export type LevelsResult = { ok: true; levels: RuleLevels } | { ok: false; config: string };

export class CliConfig {
  private readonly files = new Map<string, ConfigFile>();
  private readonly found = new Map<string, string | null>();

  constructor(
    private readonly explicit: string | undefined,
    private readonly warn: (message: string) => void,
  ) {}

  /** Why `--config FILE` cannot be used, or null when it can (or none was given). */
  explicitProblem(): string | null {
    if (this.explicit === undefined) return null;
    const config = this.files.get(this.explicit) ?? readConfigFile(this.explicit, rules);
    this.files.set(this.explicit, config);
    return config.unusable ? describe(config) : null;
  }

  levelsFor(file: string): LevelsResult {
    const configPath = this.explicit ?? this.nearest(path.dirname(path.resolve(file)));
    if (!configPath) return { ok: true, levels: {} };
    const config = this.read(configPath);
    return config.unusable ? { ok: false, config: configPath } : { ok: true, levels: config.levels };
  }

  private nearest(dir: string): string | null {
    if (!this.found.has(dir)) this.found.set(dir, findConfigFile(dir));
    return this.found.get(dir) ?? null;
  }

  /** Reads a file once, and warns once about what is wrong in it. */
  private read(configPath: string): ConfigFile {
    let config = this.files.get(configPath);
    if (!config) {
      config = readConfigFile(configPath, rules);
      this.files.set(configPath, config);
      if (config.unusable) this.warn(`${describe(config)} (the cables under it are not linted)`);
      else for (const p of config.problems) this.warn(`${configPath}:${p.range.start.line + 1}:${p.range.start.character + 1}: ${p.message} (ignored)`);
    }
    return config;
  }
}

function describe(config: ConfigFile): string {
  return `${config.path}: ${config.problems.map((p) => p.message).join('; ')}`;
}
