import { createApp } from 'vue';
// Defines the four elements.
import 'sp-finance-widgets';
// Types the sp- tags in templates (GlobalComponents), for vue-tsc and editors.
import type {} from 'sp-finance-widgets/vue';
import App from './App.vue';
import '../../shared/portal.css';

createApp(App).mount('#app');
