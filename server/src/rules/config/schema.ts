// The JSON schema of `.cablelint.json`, generated from the registry so that editors complete and
// check rule codes and levels (contributed through package.json `jsonValidation`).

import type { Rule } from '../types';
import { SEVERITY_SETTINGS } from './levels';

export function configSchema(rules: readonly Rule[]): object {
  const properties: Record<string, object> = {
    $schema: { type: 'string', description: 'The schema of this file.' },
  };
  for (const rule of rules) {
    properties[rule.code] = {
      description: `${rule.code} ${rule.name}: ${rule.description} Default: ${rule.severity}. Basis: ${rule.basis}.`,
      enum: [...SEVERITY_SETTINGS],
    };
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Cable lint configuration (.cablelint.json)',
    description: 'Levels of the cable lint rules by code: "off", "hint", "information", "warning" or "error". Codes not listed keep their default level.',
    type: 'object',
    properties,
    additionalProperties: false,
  };
}
