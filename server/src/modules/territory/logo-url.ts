/** Where a logo is served; its version in the URL lets a new logo show at once despite caches. */
export const logoUrl = (code: string, uploadedAt: Date) =>
  `/exports/${encodeURIComponent(code)}/logo.png?v=${uploadedAt.getTime()}`;
