import { attempt, type ChatAdapter, type ChatPayload, type ProviderOptions } from '../../core/chat/chat-adapter.js';

/** Options of {@link createMailtoAdapter}. */
export interface MailtoAdapterOptions extends ProviderOptions {
  /** The support address. */
  email?: string;
  /**
   * Opens the URL.
   * @default (url) => win.location.assign(url)
   */
  navigate?: (url: string) => unknown;
}

const enc = encodeURIComponent;

/**
 * Build a `mailto:` URL: the subject, and a body of the message followed by the context fields.
 * @param email - the address; must be a plain `name@domain` with no URL syntax in it
 * @param payload - message, fields and optional subject
 * @returns the URL, or `null` for an unusable address
 */
export function buildMailtoUrl(email: string | undefined, { message, fields, subject }: ChatPayload): string | null {
  if (!/^[^\s@?&#%<>"/]+@[^\s@?&#%<>"/]+$/.test(String(email))) return null;
  const body = [message, '', ...Object.entries(fields).map(([key, value]) => `${key}: ${value}`)].join('\r\n');
  return `mailto:${email}?${subject ? `subject=${enc(subject)}&` : ''}body=${enc(body)}`;
}

/**
 * E-mail to support: opens the user's mail program with subject and body filled in.
 * @param options - `email`, and `navigate` to override how the URL is opened
 * @returns the adapter
 */
export function createMailtoAdapter({
  email,
  win = globalThis,
  navigate = (url) => win.location.assign(url),
}: MailtoAdapterOptions = {}): ChatAdapter {
  return {
    name: 'mailto',
    supportsOffline: true,
    isAvailable: () => !!buildMailtoUrl(email, { message: '', fields: {} }),
    open(payload) {
      const url = buildMailtoUrl(email, payload);
      return !!url && attempt(() => navigate(url));
    },
  };
}
