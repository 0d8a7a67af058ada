/** Rows as the territory store returns them (camelCase), mapped onto GraphQL types by codegen. */
export interface TerritoryRow {
  id: string;
  territoryId: string;
  code: string;
  name: string;
  shortName: string | null;
  kind: string;
  epciType: string | null;
  department: string | null;
  region: string | null;
  population: number | null;
  qpvPopulation: number | null;
  primaryColor: string;
  accentColor: string;
}

export interface CommuneRow {
  id: string;
  territoryId: string;
  name: string;
  altNames: string[];
  hasQpv: boolean | null;
  inContract: boolean | null;
}

export interface QuartierRow {
  id: string;
  territoryId: string;
  name: string;
  kind: 'QPV' | 'QIC' | 'VEILLE' | 'UNKNOWN';
  kindBasis: string | null;
  population: number | null;
  note: string | null;
  externalCommunes: string[];
  sharedWithEpci: string[];
  indicators: Record<string, unknown>;
  /** In the row: a quartier is always shown with its communes. */
  communes: CommuneRow[];
}

export interface ContractRow {
  id: string;
  territoryId: string;
  name: string;
  localName: string | null;
  startYear: number | null;
  endYear: number | null;
  signedOn: string | null;
  status: string | null;
  details: Record<string, unknown>;
}

export interface FrameworkItemRow {
  id: string;
  territoryId: string;
  contractId: string;
  parentId: string | null;
  kind: string;
  code: string | null;
  title: string;
  titleIsParaphrase: boolean;
  depth: number;
  position: number;
  details: Record<string, unknown>;
}

export interface IndicatorRow {
  id: string;
  territoryId: string;
  quartierId: string | null;
  quartierLabel: string | null;
  name: string;
  scope: string;
  value: number | null;
  valueText: string | null;
  unit: string | null;
  year: number | null;
  source: string | null;
  approximate: boolean;
  note: string | null;
}

export interface GovernanceBodyRow {
  id: string;
  territoryId: string;
  name: string;
  role: string | null;
  members: string | null;
  frequency: string | null;
  details: Record<string, unknown>;
}

export interface CitizenCouncilRow {
  id: string;
  territoryId: string;
  name: string;
  communeId: string | null;
  quartierId: string | null;
  quartierLabel: string | null;
  active: boolean;
  note: string | null;
}

/** What a programmation spreadsheet may name, for the programmation import to match. */
export interface ImportReferences {
  communes: { id: string; name: string; altNames: string[] }[];
  quartiers: { id: string; name: string }[];
  /** Coded items, those of the contracts in force in the import's year first. */
  frameworkItems: { id: string; code: string }[];
}
