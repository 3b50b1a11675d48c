/**
 * Loads every slow part of loading (slow-path.ts) up front, for the library
 * and the tests, where loadOrg must work synchronously from the first call.
 * The CLI bundle replaces this module with an empty one (scripts/bundle.mjs).
 */
import './parse-yaml.js';
import './schema.js';
