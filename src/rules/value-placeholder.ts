/**
 * Where a rule's custom message shows the offending value. describe-issue.ts fills it in, so a
 * message never quotes a secret the schema did not know was one.
 */
export const VALUE_PLACEHOLDER = '{value}';
