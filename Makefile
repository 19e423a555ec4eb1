.PHONY: bench

# Every benchmark, one table (see README.md, "Benchmarks").
bench:
	scripts/bench/all.sh

.PHONY: screening

# Danger screening: precision and recall per language and per category, on the held-out
# corpora and on the tuning corpora (docs/screening.md).
screening:
	cargo test -p ishenim --lib screening::corpus::report -- --ignored --nocapture
