.PHONY: bench

# Every benchmark, one table (see README.md, "Benchmarks").
bench:
	scripts/bench/all.sh
