/** Page size of lists that rarely grow past one page: the API's default, so the Pager seldom shows. */
export const PAGE_SIZE = 50;

/**
 * The API's largest page (`PagingExtensions.MaxPageSize`). Pickers that offer a whole list without a server search
 * ask for it: beyond this many entries they show only the first ones.
 */
export const MAX_PAGE_SIZE = 200;
