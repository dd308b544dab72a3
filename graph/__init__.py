"""The knowledge graph: RDF from records, the on-disk store, SPARQL, networkx views and reports."""
