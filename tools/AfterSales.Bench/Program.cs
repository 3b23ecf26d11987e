// The benchmark is being rebuilt on the read models (issue 8); see README "Benchmarks".
return 0;
