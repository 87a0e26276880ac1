/** The operations list, filtered by partnership and/or fund through the URL. */
export function operationsPath({ partnershipId, fundId }: { partnershipId?: string; fundId?: string } = {}): string {
  const params = new URLSearchParams();
  if (partnershipId) params.set('partnership', partnershipId);
  if (fundId) params.set('fund', fundId);
  const query = params.toString();
  return `/funds/operations${query ? `?${query}` : ''}`;
}
