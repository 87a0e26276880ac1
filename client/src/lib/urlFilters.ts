import { useSearchParams } from 'react-router';

/** `value` when it is one of the enum's values (a filter read from the URL), else undefined. */
export const oneOf = <T extends string>(values: Record<string, T>, value: string | null): T | undefined =>
  value && (Object.values(values) as string[]).includes(value) ? (value as T) : undefined;

/**
 * A list page's filters kept in the URL: the search params and `update`, which sets the given keys (an empty value
 * removes the key) and replaces the history entry, so Back leaves the page instead of stepping through filters.
 */
export function useUrlFilters() {
  const [params, setParams] = useSearchParams();
  const update = (changes: Record<string, string | undefined>) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      },
      { replace: true },
    );
  return [params, update] as const;
}
