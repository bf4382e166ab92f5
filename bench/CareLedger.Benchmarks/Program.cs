using BenchmarkDotNet.Running;
using CareLedger.Benchmarks;

// 'import' measures one large import end to end (docs/performance.md); anything else is BenchmarkDotNet's.
if (args is ["import", .. var options])
{
    return await ImportMeasurement.RunAsync(options);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
