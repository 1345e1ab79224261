// Written by `npm run data`: the data files, named by their content, relative to the site's root.
export const FLOWS_PATH = 'data/flows.8b99701174.json';
export const ORDERS_PATH = 'data/orders.3ba48388e4.json';
export const REGISTER_PATH = 'data/register.772129c2df.json';
