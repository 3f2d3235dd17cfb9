export * from '../../local/results-service.js';
