// Reading one cookie from a Cookie header, safely: the header is client input, so a malformed value is "no cookie", never an error.

/** The decoded value of cookie `name` in a Cookie header, or undefined when it is absent or not valid percent-encoding. */
export function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0 || part.slice(0, eq).trim() !== name) continue;
    try {
      return decodeURIComponent(part.slice(eq + 1).trim());
    } catch {
      // URIError ("%E0%A4%A"): treat as no cookie, so the request is refused with 401 rather than failing with 500.
      return undefined;
    }
  }
  return undefined;
}
