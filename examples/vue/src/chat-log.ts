import { ref } from 'vue';

/** What the custom chat provider was last asked to open (shown in `#chat-log`). */
export const chatLog = ref('');
