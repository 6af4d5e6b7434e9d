using Spectre.Console;

namespace Triangulate.Cli;

/// <summary>Runs per-item work in parallel, in input order, with a progress bar on standard error for long batches.</summary>
public static class Progress
{
    private const int ItemsWorthABar = 20;

    public static IReadOnlyList<TOut> Run<TIn, TOut>(bool quiet, string label, IReadOnlyList<TIn> items, Func<TIn, TOut> work)
    {
        if (quiet || items.Count < ItemsWorthABar || Console.IsErrorRedirected)
            return items.AsParallel().AsOrdered().Select(work).ToList();

        var results = new TOut[items.Count];
        CliHost.Diagnostics.Progress().Start(context =>
        {
            var task = context.AddTask(label, maxValue: items.Count);
            Parallel.For(0, items.Count, i =>
            {
                results[i] = work(items[i]);
                task.Increment(1);
            });
        });
        return results;
    }
}
