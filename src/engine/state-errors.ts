/**
 * Errors a user causes with the state or reports folder: the wrong folder, one that cannot be
 * written, one another run holds. They say what to do, and nothing was migrated when they are thrown.
 */
export class StateFolderError extends Error {
  override name = 'StateFolderError';
}

/** Another live run holds the state folder's lock. */
export class StateLockedError extends StateFolderError {
  override name = 'StateLockedError';
}
