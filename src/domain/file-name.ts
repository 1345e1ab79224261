function slug(part: string | number): string {
  return String(part)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '') // the accents NFKD split off their letters
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** A portable download name: `fileName(['India imports', '1950–2025'], 'csv')` → `india-imports_1950-2025.csv`. */
export function fileName(parts: readonly (string | number)[], extension: string): string {
  const base = parts.map(slug).filter(Boolean).join('_') || 'download';
  return `${base}.${extension.replace(/^\./, '')}`;
}
