import './small-heap.js';
import { main } from './cli.js';

// Stack traces (--debug) point into src/ through the bundle's source map.
process.setSourceMapsEnabled(true);

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
