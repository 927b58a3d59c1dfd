/** Removes secrets from any text before it is logged or written: the last line of defence. */
export class Redactor {
  private readonly secrets = new Set<string>();

  add(secret: string): void {
    // Very short values would mask ordinary words; credentials are never that short.
    if (secret.length >= 4) this.secrets.add(secret);
    // Basic-auth headers carry the secret base64-encoded.
    if (secret.length >= 4) this.secrets.add(Buffer.from(secret).toString('base64'));
  }

  redact(text: string): string {
    let out = text;
    for (const secret of this.secrets) out = out.split(secret).join('***');
    return out;
  }
}
