import { attempt, type ChatAdapter, type ProviderOptions } from '../../core/chat/chat-adapter.js';

/** Options of {@link createZendeskAdapter}. */
export interface ZendeskAdapterOptions extends ProviderOptions {
  /**
   * Zendesk ticket field ids to fill, keyed by Waymark field name (`waymark_tour`, …) or `message`.
   * The fields must exist in Zendesk and allow end-user input.
   * @example `{ message: '4422761977114', waymark_step: '4422761977115' }`
   */
  fieldIds?: Record<string, string | number>;
}

/**
 * Zendesk messaging Web Widget: sets conversation fields (through `fieldIds`) and tags, then shows
 * and opens the messenger. Zendesk messaging cannot prefill the composer, so map `message` to a
 * ticket field to hand it over.
 * @param options - `win`: where `zE` lives; `fieldIds`: Zendesk ticket field ids
 * @returns the adapter
 */
export function createZendeskAdapter({ win = globalThis, fieldIds = {} }: ZendeskAdapterOptions = {}): ChatAdapter {
  return {
    name: 'zendesk',
    supportsOffline: true,
    isAvailable: () => typeof win.zE == 'function',
    open: ({ message, fields, tags }) =>
      attempt(() => {
        const values: Record<string, unknown> = { ...fields, message };
        const conversationFields = Object.keys(fieldIds)
          .filter((key) => values[key] != null && values[key] !== '')
          .map((key) => ({ id: String(fieldIds[key]), value: values[key] }));
        if (conversationFields.length) win.zE('messenger:set', 'conversationFields', conversationFields);
        if (tags?.length) win.zE('messenger:set', 'conversationTags', tags);
        win.zE('messenger', 'show');
        win.zE('messenger', 'open');
      }),
  };
}
