/** The package's version, bundled from package.json so the bundle never reads files next to it. */
import packageJson from '../package.json' with { type: 'json' };

export const VERSION: string = packageJson.version;
