/**
 * Open work only, unless --include-done: what each tracker calls finished.
 * Jira's `Status Category` is `Done` for every finished status whatever the
 * workflow calls it; Linear and Asana stamp `Completed`/`Canceled` and
 * `Completed At`; GitHub says `CLOSED`. Without such a column a status name is
 * read.
 */

/** Status names that mean the work is over, in the trackers' default workflows. */
const DONE_STATUSES = new Set(['done', 'closed', 'resolved', 'complete', 'completed', 'canceled', 'cancelled', 'duplicate', "won't do", 'wont do', "won't fix", 'merged', 'released', 'shipped']);

/** Whether a status name (or a status category) means the work is finished. */
export function isDoneStatus(status: string | undefined): boolean {
  return status !== undefined && DONE_STATUSES.has(status.trim().toLowerCase());
}
