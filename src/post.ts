// Action post entry (dist/post/index.js): saves the checkpoint when the main step was killed.
import { runPost } from './runtime/post-save.js';

process.setSourceMapsEnabled(true);
void runPost();
