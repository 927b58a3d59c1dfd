/**
 * An error's message for use inside one of our sentences: toolkit and HTTP messages often end with a
 * full stop of their own, which would double ours ("…not found.. The next run…").
 */
export function errorText(error: unknown): string {
  return clause(error instanceof Error ? error.message : String(error));
}

/** Text without its closing full stop and whitespace, to be followed by ours. */
export function clause(text: string): string {
  return text.replace(/[\s.]+$/, '');
}
