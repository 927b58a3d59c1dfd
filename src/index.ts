// Action entry: the logic is in runtime/github.ts.
import { runAction } from './runtime/github.js';

void runAction();
