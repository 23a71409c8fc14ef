/** A page of a list, as every paged list of the API answers. */
export interface Paged<T> {
  items: T[];
  page: number;
  size: number;
  total: number;
}

/** The query of a paged list: page, size and sort as the API takes them. */
export function pageQuery({ page, size, sort }: { page: number; size: number; sort: string }): string {
  return new URLSearchParams({ page: String(page), size: String(size), sort }).toString();
}
