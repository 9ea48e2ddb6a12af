// The host of the stdio server and the `cable` CLI: Node's file system, and the rule pages installed
// beside the code.

import type { LanguageServiceHost } from '../index';
import { nodeFiles } from './files';
import { ruleDocUrl } from './ruleDocs';

/** What a Node program gives the service; an adapter adds its own (workspace folders, settings, reporting). */
export const nodeHost: Pick<LanguageServiceHost, 'files' | 'ruleDocUrl'> = { files: nodeFiles, ruleDocUrl };
