// Mijn Koers, the candidate app, built on its own after the staff app (see appConfig):
//   vite build && vite build --config mijn/vite.config.ts
import { appConfig } from '../vite.config';

export default appConfig('mijn');
