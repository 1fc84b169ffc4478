import { createApp } from 'vue';
import { WaymarkPlugin } from 'waymark/vue';
import '../../shared/styles.css';
import guides from '../../shared/guides.json';
import App from './App.vue';
import { chatLog } from './chat-log';

createApp(App)
  .use(WaymarkPlugin, {
    guides,
    userId: 'example-user',
    storage: 'memory',
    chat: { custom: (payload) => void (chatLog.value = `Chat opened: ${payload.message}`) },
  })
  .mount('#app');
