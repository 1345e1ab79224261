import type { Dataset, FlowTable, Register } from './dataset/dataset.ts';
import { flowTablesOf, type FlowTables } from './dataset/flows.ts';
import { dealsWithText } from './endpoints/deals.ts';
import type { Lens } from './query-params.ts';

/** What a route can read: the dataset, loaded before any route runs, and the files loaded on first need. */
export interface RouteData {
  dataset: Dataset;
  orders: () => Promise<FlowTable>;
  register: () => Promise<Register>;
}

/**
 * The flows a query looks through: every deal's (the data's own tables), or, with a weapon's text, the flows of the
 * deals whose text matches it, exactly as /deals matches it. The register is loaded only then.
 */
export async function deliveriesThroughLens(data: RouteData, lens: Lens): Promise<FlowTable> {
  return lens.text ? (await flowsOfText(data, lens.text)).deliveries : data.dataset.deliveries;
}

export async function ordersThroughLens(data: RouteData, lens: Lens): Promise<FlowTable> {
  return lens.text ? (await flowsOfText(data, lens.text)).orders : data.orders();
}

// The last text's flows: a chart asks again for the same text as its years or countries change.
let lastText: { register: Register; text: string; tables: FlowTables } | null = null;

async function flowsOfText({ dataset, register: getRegister }: RouteData, text: string): Promise<FlowTables> {
  const register = await getRegister();
  if (lastText?.register === register && lastText.text === text) return lastText.tables;
  const found = dealsWithText(register, text);
  const tables = flowTablesOf(
    register.deals.filter((_, i) => found[i]),
    countryIndexOf(dataset),
    dataset.categories,
  );
  lastText = { register, text, tables };
  return tables;
}

const countryIndices = new WeakMap<Dataset, Map<string, number>>();
function countryIndexOf(dataset: Dataset): Map<string, number> {
  let index = countryIndices.get(dataset);
  if (!index) countryIndices.set(dataset, (index = new Map(dataset.countryList.map((country, i) => [country.id, i]))));
  return index;
}

/** allowed[categoryIndex] is 1 for a category the lens counts; null when it counts them all. */
export function categoryMask(dataset: Dataset, lens: Lens): Uint8Array | null {
  return lens.categories.length ? Uint8Array.from(dataset.categories, (name) => (lens.categories.includes(name) ? 1 : 0)) : null;
}
