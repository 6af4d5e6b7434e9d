using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using Spectre.Console;
using Triangulate.Ingest;
using Triangulate.Ledger;
using Triangulate.Pipeline;

namespace Triangulate.Cli.Commands;

/// <summary>Whole-pipeline throughput over a corpus: ingest, every per-document stage, then the cross-document ledger.</summary>
public static class BenchCommand
{
    public sealed record BenchFigures(
        int Documents, long Words, int Threads, double IngestSeconds, double AnalyzeSeconds, double LedgerSeconds, int Claims,
        double DocumentsPerSecond, double WordsPerSecond, double PeakWorkingSetMiB);

    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Corpus files or folders, e.g. ../shared/eval/polnear/*/text (1,008 articles).",
            Arity = ArgumentArity.OneOrMore,
        };
        var threads = new Option<int>("--threads") { Description = "Worker threads for analysis.", DefaultValueFactory = _ => 1 };
        var json = EvalCommand.JsonOption();
        var command = new Command("bench", "Measure whole-pipeline speed: documents/s, words/s and peak memory.") { paths, threads, json };
        command.SetAction(parsed => Run(parsed.GetValue(paths)!, Math.Max(1, parsed.GetValue(threads)), parsed.GetValue(json)));
        return command;
    }

    private static int Run(string[] paths, int threads, bool json)
    {
        var clock = Stopwatch.StartNew();
        var ingested = new Ingestor().Ingest(paths);
        var ingestSeconds = clock.Elapsed.TotalSeconds;
        var documents = ingested.Documents;
        long words = documents.Sum(d => (long)CountWords(d.Text));

        // One untimed pass loads models and lexicons and lets the JIT settle.
        foreach (var d in documents.Take(5)) Analyzer.Default.Analyze(d);
        clock.Restart();
        var analyzed = documents.AsParallel().AsOrdered().WithDegreeOfParallelism(threads).Select(Analyzer.Default.Analyze).ToList();
        var analyzeSeconds = clock.Elapsed.TotalSeconds;
        clock.Restart();
        var ledger = LedgerStage.Default.Build(analyzed, LedgerStage.EntitiesOf(analyzed));
        var ledgerSeconds = clock.Elapsed.TotalSeconds;

        var figures = new BenchFigures(
            documents.Length, words, threads, ingestSeconds, analyzeSeconds, ledgerSeconds, ledger.Claims.Length,
            documents.Length / analyzeSeconds, words / analyzeSeconds,
            Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0));
        if (json) Console.WriteLine(JsonSerializer.Serialize(figures, LedgerJson.Options));
        else
        {
            var table = new Table().AddColumns("documents", "words", "threads", "ingest s", "analyze s", "ledger s", "claims", "docs/s", "words/s", "peak MiB");
            table.AddRow(figures.Documents.ToString("N0"), figures.Words.ToString("N0"), threads.ToString(),
                $"{ingestSeconds:F2}", $"{analyzeSeconds:F2}", $"{ledgerSeconds:F2}", figures.Claims.ToString("N0"),
                $"{figures.DocumentsPerSecond:N0}", $"{figures.WordsPerSecond:N0}",
                $"{figures.PeakWorkingSetMiB:N0}");
            AnsiConsole.Write(table);
        }
        foreach (var error in ingested.Errors) Console.Error.WriteLine($"skipped {error.Path}: {error.Reason}");
        return ingested.Errors.IsEmpty ? CliHost.Ok : CliHost.SomeInputsFailed;
    }

    private static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord) count++;
            inWord = letter;
        }
        return count;
    }
}
