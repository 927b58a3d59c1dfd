/**
 * The mapping every chaos run uses: Intercom → Zendesk with budgets the simulators never exhaust.
 * The in-process harness passes the simulators' URLs; the child process passes ${ENV} references.
 */
export function chaosMappingYaml(intercomUrl: string, zendeskUrl: string, batchSize: number): string {
  return [
    'source:',
    '  platform: intercom',
    '  token: ${INTERCOM_TOKEN}',
    `  base_url: ${intercomUrl}`,
    '  requests_per_minute: 600000',
    'target:',
    '  platform: zendesk',
    `  base_url: ${zendeskUrl}`,
    '  email: admin@example.com',
    '  token: ${ZD_TOKEN}',
    '  requests_per_minute: 100000',
    'options:',
    '  tag: from_intercom',
    `  batch_size: ${batchSize}`,
    '',
  ].join('\n');
}
