// The cross-engine suite (suite.mjs) in Chromium. Run alone with
//   node --test tests/engines/chromium.test.mjs
import { engineSuite } from './suite.mjs';

engineSuite('chromium');
