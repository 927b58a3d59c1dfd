export interface GenerateOptions {
  tickets?: number;
  commentsPerTicket?: number;
  contacts?: number;
  companies?: number;
  agents?: number;
  articles?: number;
  seed?: number;
  attachmentEvery?: number;
}
export function generateArchive(dir: string, options?: GenerateOptions): Promise<Required<GenerateOptions>>;
