/** The Intercom platform: one descriptor for the registry. */
import type { PlatformDescriptor } from '../descriptor.js';
import { intercomConnection, REGION_BASE_URLS, type IntercomConnection } from './connection.js';
import { IntercomSource } from './source.js';
import { IntercomTarget } from './target.js';

export const intercomPlatform: PlatformDescriptor<IntercomConnection> = {
  name: 'intercom',
  title: 'Intercom',
  connection: intercomConnection,
  secretKeys: ['token'],
  createSource: (c, context) => new IntercomSource(c, context.log, { http: { ...context.http } }),
  createTarget: (c, context) => new IntercomTarget(c, context.log, { http: { ...context.http } }),
  // The API host says the region; the workspace behind a token would take a request to learn.
  identity: (c) => (c.base_url ?? REGION_BASE_URLS[c.region]).replace(/\/+$/, ''),
};
