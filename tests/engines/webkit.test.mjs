// The cross-engine suite (suite.mjs) in WebKit. Run alone with
//   node --test tests/engines/webkit.test.mjs
import { engineSuite } from './suite.mjs';

engineSuite('webkit');
