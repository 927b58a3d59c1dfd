/** Platform name → descriptor. Adding a platform is one folder under platforms/ and one line here. */
import type { PlatformDescriptor } from './descriptor.js';
import { archivePlatform } from './archive/index.js';
import { freshdeskPlatform } from './freshdesk/index.js';
import { intercomPlatform } from './intercom/index.js';
import { zendeskPlatform } from './zendesk/index.js';

const PLATFORMS: readonly PlatformDescriptor<never>[] = [archivePlatform, freshdeskPlatform, intercomPlatform, zendeskPlatform];

export function platformNames(): string[] {
  return PLATFORMS.map((p) => p.name);
}

export function findPlatform(name: string): PlatformDescriptor<never> | undefined {
  return PLATFORMS.find((p) => p.name === name);
}

export function platformConnectionSchemas() {
  return PLATFORMS.map((p) => p.connection);
}
