/** The CLI's runtime: state and reports in folders, logs on stderr, progress on the terminal. */
import type { Logger } from './logger.js';
import { Redactor } from './redactor.js';

export function terminalLogger(redactor: Redactor, stream: NodeJS.WriteStream = process.stderr, debug = false): Logger {
  const write = (prefix: string, message: string) => stream.write(`${prefix}${redactor.redact(message)}\n`);
  return {
    debug: (m) => {
      if (debug) write('debug: ', m);
    },
    info: (m) => write('', m),
    warn: (m) => write('warning: ', m),
    error: (m) => write('error: ', m),
  };
}
