// Mocha root hooks of the protocol run (`mocha --require out/test/helpers/hooks.js`): the browser
// that runs the server workers is shared by every test file and closed once, at the end.
import { closeBrowserWorkers } from './browserWorker';

export const mochaHooks = {
  afterAll: closeBrowserWorkers,
};
