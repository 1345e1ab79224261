import { z } from 'zod/mini';

// zod/mini (a fifth of classic zod's bytes in the mock API's first load) loads no locale, so every built-in
// message would read just "Invalid input": load the English ones, as classic zod does. Import z from here.
z.config(z.locales.en());

export { z };
