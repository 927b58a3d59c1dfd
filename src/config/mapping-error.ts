/**
 * A mistake in the mapping file: what is wrong, where (file:line:column) and how to fix it.
 * Several are collected and reported together so one run shows every problem.
 */
export interface MappingProblem {
  file: string;
  line?: number;
  column?: number;
  message: string;
}

export function formatProblem(problem: MappingProblem): string {
  const where = problem.line ? `${problem.file}:${problem.line}:${problem.column ?? 1}` : problem.file;
  return `${where}: ${problem.message}`;
}

export class MappingError extends Error {
  readonly problems: MappingProblem[];
  constructor(problems: MappingProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'MappingError';
    this.problems = problems;
  }
}
