/** The Intercom platform: one descriptor for the registry. */
import { tuningOf, type PlatformDescriptor } from '../descriptor.js';
import { intercomConnection, REGION_BASE_URLS, type IntercomConnection, type IntercomTuning } from './connection.js';
import { IntercomSource } from './source.js';
import { IntercomTarget } from './target.js';

export const intercomPlatform: PlatformDescriptor<IntercomConnection> = {
  name: 'intercom',
  title: 'Intercom',
  connection: intercomConnection,
  secretKeys: ['token'],
  createSource: (c, context) => new IntercomSource(c, context.log, tuningOf<IntercomTuning>('intercom', {}, context)),
  createTarget: (c, context) => new IntercomTarget(c, context.log, tuningOf<IntercomTuning>('intercom', {}, context)),
  // The API host says the region; the workspace behind a token would take a request to learn.
  identity: (c) => (c.base_url ?? REGION_BASE_URLS[c.region]).replace(/\/+$/, ''),
};
