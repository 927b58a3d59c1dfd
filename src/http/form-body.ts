/**
 * The bytes and content type of a multipart/form-data body, encoded by the platform's own FormData
 * (through Response, the one standard encoder), so that boundaries, quoting of names and file names
 * are the runtime's, not hand-written. The bytes are kept, not streamed, so that a retry can send
 * them again.
 */
export async function formBody(form: FormData): Promise<{ rawBody: Uint8Array; contentType: string }> {
  const response = new Response(form);
  return { rawBody: new Uint8Array(await response.arrayBuffer()), contentType: response.headers.get('content-type') ?? 'multipart/form-data' };
}
