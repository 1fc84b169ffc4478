import type { ProviderName } from './chat-definition.js';

/** A value a chat provider can store as conversation or session data. */
export type ChatFieldValue = string | number | boolean;

/** What an escalation hands to a chat provider. */
export interface ChatPayload {
  /** The plain-text message the conversation starts with. */
  message: string;
  /** Flat context fields (`waymark_tour`, `waymark_step`, …). */
  fields: Record<string, ChatFieldValue>;
  /** Conversation tags, where the provider has them. */
  tags?: string[];
  /** A subject line, where the provider has one (e-mail, Help Scout). */
  subject?: string;
}

/**
 * One way to reach a human. Adapters never inject third-party scripts and never throw: a provider
 * error makes `open` return `false`.
 */
export interface ChatAdapter {
  /** The provider this adapter talks to. */
  name: ProviderName;
  /** Whether the provider can take a request right now (its widget or queue is on the page). */
  isAvailable(): boolean;
  /**
   * Open the conversation with the payload.
   * @returns `true` when the provider accepted the request
   */
  open(payload: ChatPayload): boolean | Promise<boolean>;
  /** The provider takes messages when nobody is online. */
  supportsOffline?: boolean;
  /**
   * Call `listener` when the provider announces it is ready, through the provider's documented
   * ready hook. Returns the function that removes the listener.
   */
  onReady?(listener: () => void): () => void;
  /** Resolves once the provider's code has arrived, for adapters that load it on demand (`createChatAdapter`). */
  loaded?: Promise<unknown>;
}

/**
 * A window-like object holding provider globals (injectable for tests). The globals are third-party APIs
 * (`Intercom`, `$crisp`, `zE`, …) that each adapter calls the way its provider documents.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- untyped third-party globals; see above
export type ChatWindow = Record<string, any>;

/** Options every provider adapter takes. */
export interface ProviderOptions {
  /**
   * Where the provider's global lives.
   * @default globalThis
   */
  win?: ChatWindow;
}

/**
 * Run a provider call and turn its outcome into a boolean: `false` when it throws or returns `false`.
 * @param call - the provider call
 * @returns whether the call went through
 */
export function attempt(call: () => unknown): boolean {
  try {
    return call() !== false;
  } catch {
    return false;
  }
}
