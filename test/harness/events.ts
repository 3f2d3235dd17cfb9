export * from '../../local/events.js';
