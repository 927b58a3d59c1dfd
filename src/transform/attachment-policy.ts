/** Whether the target will take an attachment: blocked file types and size limits. */
import { warning, WARNINGS, type Warning } from '../model/outcomes.js';
import type { Attachment } from '../model/records.js';

export interface AttachmentRules {
  blockedExtensions: readonly string[];
  maxBytes?: number;
}

/** Why the target will not take this attachment, as the warning it becomes when left out. */
export function refusal(attachment: Attachment, rules: AttachmentRules): Warning | undefined {
  const dot = attachment.fileName.lastIndexOf('.');
  const extension = dot >= 0 ? attachment.fileName.slice(dot + 1).toLowerCase() : '';
  if (extension && rules.blockedExtensions.map((e) => e.toLowerCase().replace(/^\./, '')).includes(extension)) {
    return warning(WARNINGS.attachmentBlockedType, `attachment ${attachment.fileName} has a blocked type (.${extension})`);
  }
  if (rules.maxBytes !== undefined && attachment.size !== undefined && attachment.size > rules.maxBytes) {
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
    return warning(WARNINGS.attachmentTooLarge, `attachment ${attachment.fileName} is ${mb(attachment.size)} MB, over the ${mb(rules.maxBytes)} MB limit`);
  }
  return undefined;
}
