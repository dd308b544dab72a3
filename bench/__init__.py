"""Benchmarks of policykg at corpus scale: ``python -m bench.run`` (see ``bench/README.md``)."""
