/** Threads the source could not read whole (Intercom returns the 500 most recent parts). */
import type { Ticket } from '../../model/records.js';

export function truncationWarning(record: Ticket): string {
  return `the source returned only part of this thread (${record.comments.length} comments read of ${record.truncatedFrom} parts; Intercom returns the 500 most recent parts): the oldest messages are missing`;
}
