/**
 * A place to keep progress: one string value per key. Methods may be sync or async, so an app can
 * plug in its own backend (for example a server sync seam). Waymark only touches the keys it owns.
 */
export interface StorageAdapter {
  /** Read a key; `null` or `undefined` when it is not set. */
  get(key: string): string | null | undefined | Promise<string | null | undefined>;
  /** Write a key. */
  set(key: string, value: string): void | Promise<void>;
  /** Delete a key. Without it, a reset writes an empty state instead. */
  remove?(key: string): void | Promise<void>;
  /** Called when the value changes elsewhere (another tab, the server). Returns unsubscribe. */
  subscribe?(key: string, listener: (value: string | null) => void): () => void;
}
