/** Pure booking rules shared by the server and the web: slots of a schedule, release and window. */
export * from './release.js';
export * from './slots.js';
export * from './check-in.js';
export * from './code.js';
export * from './waitlist.js';
