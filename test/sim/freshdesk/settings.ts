/** `GET /settings/helpdesk`: the account's languages, which decide which translations can be written. */
import type { SimContext } from './context.js';
import { ok } from './http.js';
import type { Router } from './router.js';

export function registerSettings(router: Router): void {
  router.add('GET', '/api/v2/settings/helpdesk', (_request, context: SimContext) => {
    const { primary, supported } = context.options.languages;
    return ok({ primary_language: primary, supported_languages: supported, portal_languages: [primary, ...supported], help_widget_languages: [] });
  });
}
