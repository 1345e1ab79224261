// Written by `npm run data`: the data files, named by their content, relative to the site's root.
export const FLOWS_PATH = 'data/flows.22d4a10d3e.json';
export const ORDERS_PATH = 'data/orders.3ba48388e4.json';
export const REGISTER_PATH = 'data/register.f61a28e279.json';
