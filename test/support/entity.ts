/** An entity as the enrich service, the CLI and the search API show it. */
export interface Entity {
  id: string;
  name: string;
  type: string;
  role?: string;
  linked?: boolean;
}
