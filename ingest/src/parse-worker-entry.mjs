// Entry of a parse worker: registers tsx in this thread (workers start without the parent's
// loaders), then runs the TypeScript worker body.
import { register } from 'tsx/esm/api';

register();
await import('./parse-worker.ts');
