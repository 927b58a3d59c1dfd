/** The CLI's log: lines on stderr, secrets redacted. The rest of its runtime is folder-runtime.ts. */
import type { Logger } from '../log/logger.js';
import type { Redactor } from '../http/redact.js';

/** `redactor` is read at each line: secrets become known only once the mapping file is loaded. */
export function terminalLogger(redactor: () => Redactor, stream: NodeJS.WriteStream = process.stderr, debug = false): Logger {
  const write = (prefix: string, message: string) => stream.write(`${prefix}${redactor().text(message)}\n`);
  return {
    debug: (m) => {
      if (debug) write('debug: ', m);
    },
    info: (m) => write('', m),
    warn: (m) => write('warning: ', m),
    error: (m) => write('error: ', m),
  };
}
