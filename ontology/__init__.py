"""The policykg ontology (OWL + SHACL Turtle files) and its generated Python namespace."""
