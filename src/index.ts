// Action entry (dist/index.js). Stack traces from the runner point into src/ through the bundle's source map.
import './small-heap.js';
import { run } from './main.js';

process.setSourceMapsEnabled(true);
void run();
