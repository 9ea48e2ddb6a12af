import { version } from '../package.json';

/** The server package's version, reported in serverInfo and by `--version`. */
export const VERSION: string = version;
