import { Link } from 'react-router';

/** Ready-made views: each is just a URL into the explorers. */
const PRESETS = [
  { to: '/pairs?pairs=RUS%3APAK&category=Aircraft&weapon=helicopter&measure=units&from=1965', label: 'Russia → Pakistan, helicopters' },
  { to: '/deals?supplier=USA&recipient=IND', label: 'United States → India, every deal' },
  { to: '/shares?from=2011', label: 'Who supplied India since 2011' },
  { to: '/shares?category=Aircraft&from=2011', label: 'Who supplied India’s aircraft since 2011' },
  { to: '/shares?category=Aircraft&from=2000', label: 'Russia’s share of India’s aircraft since 2000, and its deals' },
  { to: '/shares?supplier=RUS&from=2016&measure=tiv', label: 'Whom Russia armed since 2016' },
  { to: '/shares?ranking=importers&from=2021&top=10', label: 'The largest importers, 2021–2025' },
  { to: '/deals?category=Air-defence%20systems&from=2022&yearOf=order', label: 'Air-defence systems ordered since 2022' },
];

export function Presets() {
  return (
    <section aria-labelledby="presets-title" className="presets">
      <h2 id="presets-title">Start from an example</h2>
      <ul>
        {PRESETS.map((preset) => (
          <li key={preset.to}>
            <Link to={preset.to}>{preset.label}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
