// The cross-engine suite (suite.mjs) in Firefox. Run alone with
//   node --test tests/engines/firefox.test.mjs
import { engineSuite } from './suite.mjs';

engineSuite('firefox');
