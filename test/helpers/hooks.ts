// Mocha root hooks of the protocol run (`mocha --require out/test/helpers/hooks.js`): the browser
// that runs the server workers is opened once before every test file (installing the test tools on
// a fresh machine, which no test's timeout should pay for), shared by them, and closed at the end.
import { closeBrowserWorkers, openBrowserWorkers } from './browserWorker';
import { transport } from './serverHandle';

export const mochaHooks = {
  async beforeAll(this: Mocha.Context): Promise<void> {
    if (transport !== 'worker') return;
    this.timeout(30 * 60_000);
    await openBrowserWorkers();
  },
  afterAll: closeBrowserWorkers,
};
