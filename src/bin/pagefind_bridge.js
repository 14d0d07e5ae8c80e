// Pagefind's API for the search results module (src/bin/search_results.rs):
// its script is imported from the language's bundle, and what it finds is
// handed back as plain data.
export async function search(bundle, query) {
  const pagefind = await import(bundle + "pagefind.js");
  // The index holds each page's full path already.
  await pagefind.options({ baseUrl: "/" });
  return (await pagefind.search(query)).results;
}

export async function hits(results, from, to) {
  const data = await Promise.all(results.slice(from, to).map((result) => result.data()));
  return data.map((hit) => ({
    url: String(hit.url ?? ""),
    title: String(hit.meta?.title ?? ""),
    section: String(hit.meta?.section ?? ""),
    date: String(hit.meta?.date ?? ""),
    datetime: String(hit.meta?.datetime ?? ""),
    excerpt: String(hit.excerpt ?? ""),
  }));
}
