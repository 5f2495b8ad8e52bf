// Public entry points of the API package.
export { createApp } from './app.ts';
export { openReadDb } from './db.ts';
export { startServer, WEB_BUILD } from './server.ts';
