// The SPARQL editor: YASGUI served by this application (the global Yasgui), the researchers'
// questions of queries/ as examples, and the endpoint's limits as the service states them.

const PREFIXES = {
  pk: 'https://w3id.org/plankg/def/plankg#', role: 'https://w3id.org/plankg/def/role/',
  outline: 'https://w3id.org/plankg/def/outline/', category: 'https://w3id.org/plankg/def/category/',
  org: 'http://www.w3.org/ns/org#', prov: 'http://www.w3.org/ns/prov#',
  skos: 'http://www.w3.org/2004/02/skos/core#', dct: 'http://purl.org/dc/terms/',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#', xsd: 'http://www.w3.org/2001/XMLSchema#',
};
const DEFAULT_QUERY = Object.entries(PREFIXES).map(([p, ns]) => `PREFIX ${p}: <${ns}>`).join('\n') + `

# Which actions and projects does 区科协 lead, in every district?
SELECT ?district ?item ?quote WHERE {
  ?a prov:agent ?unit ; prov:hadRole role:lead ; pk:assignedTo ?item ; pk:quote ?quote .
  ?unit skos:prefLabel "区科协"@zh ; pk:district/rdfs:label ?district .
}
ORDER BY ?district`;

// No look-ups on other hosts: prefix.cc and the endpoint catalogue are switched off.
const Yasgui = window.Yasgui;
Yasgui.Yasqe.defaults.prefixCcApi = '/prefixes.json';
const yasgui = new Yasgui(document.getElementById('yasgui'), {
  requestConfig: { endpoint: '/sparql', method: 'POST' },
  copyEndpointOnNewTab: false,
  endpointCatalogueOptions: { getData: () => [{ endpoint: '/sparql' }] },
  persistenceId: null,
  yasqe: { value: DEFAULT_QUERY },
});
window.plankgYasgui = yasgui;
yasgui.getTab().setQuery(DEFAULT_QUERY);

const limits = fetch('/sparql/limits').then(r => r.json()).then(limit => {
  document.querySelectorAll('.timeout').forEach(n => { n.textContent = limit.timeoutSeconds; });
  document.querySelectorAll('.max-rows').forEach(n => { n.textContent = limit.maxRows; });
});

const examples = fetch('/api/questions').then(r => r.json()).then(questions => {
  const select = document.getElementById('examples');
  for (const q of questions) {
    const option = document.createElement('option');
    option.value = q.name;
    option.textContent = q.title;
    option.dataset.sparql = q.sparql;
    select.append(option);
  }
  select.addEventListener('change', () => {
    const chosen = select.selectedOptions[0];
    if (chosen && chosen.dataset.sparql) yasgui.getTab().setQuery(chosen.dataset.sparql);
  });
});

Promise.all([limits, examples]).then(() => { document.body.dataset.ready = 'true'; });
