using BenchmarkDotNet.Running;

// Stage-level micro-benchmarks: `dotnet run -c Release --project bench/Triangulate.Bench -- --filter '*'`.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
