/** Public surface of the import module (territory files of the shared dataset format). */
export {
  importTerritory,
  importTerritoryFile,
  importDemoData,
  parseTerritoryFile,
  DEMO_FILES,
} from './import.service.js';
export type { ImportReport } from './import.service.js';
export { ImportError } from './import-error.js';
