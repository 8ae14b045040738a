/** Pure queue rules shared by the server and the web: numbering, calling order, announcements, waits. */
export * from './announcement.js';
export * from './numbering.js';
export * from './priority.js';
export * from './ticket-state.js';
export * from './wait-estimate.js';
export * from './kpi.js';
export * from './position.js';
