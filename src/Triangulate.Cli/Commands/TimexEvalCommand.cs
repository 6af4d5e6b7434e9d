using System.Collections.Immutable;
using System.CommandLine;
using Triangulate.Evaluation.TempEval;
using Triangulate.Segmentation;
using Triangulate.Time;

namespace Triangulate.Cli.Commands;

/// <summary>`triangulate eval timex --tempeval FOLDER`: TempEval-3 Task A (extent, type, value) on TimeML files.</summary>
public static class TimexEvalCommand
{
    public static Command Create()
    {
        var tempeval = new Option<DirectoryInfo>("--tempeval")
        {
            Description = "A folder of TimeML .tml files, read recursively (develop on TBAQ-cleaned; te3-platinum is the test set).",
            DefaultValueFactory = _ => new DirectoryInfo(Path.Combine("..", "shared", "eval", "tempeval3", "TBAQ-cleaned")),
        };
        var json = EvalCommand.JsonOption();
        var predictions = new Option<DirectoryInfo?>("--predictions")
        {
            Description = "Write our TimeML files (our TIMEX3 tags instead of the gold ones) into this folder, for the official scorer.",
        };
        var errors = new Option<FileInfo?>("--errors")
        {
            Description = "Write the disagreements with gold (misses, extent, type and value errors, false positives) with context to this TSV file.",
        };
        var command = new Command("timex", "Score time expression recognition and normalization on TempEval-3 (Task A).")
        {
            tempeval, json, predictions, errors,
        };
        command.SetAction(parsed => Run(parsed.GetValue(tempeval)!, parsed.GetValue(json), parsed.GetValue(predictions), parsed.GetValue(errors)));
        return command;
    }

    private static int Run(DirectoryInfo folder, bool json, DirectoryInfo? predictions, FileInfo? errors)
    {
        if (!folder.Exists)
        {
            Console.Error.WriteLine($"error: no TempEval folder at {folder.FullName}");
            return CliHost.BadUsage;
        }
        predictions?.Create();
        using var errorWriter = errors is null ? null : new StreamWriter(errors.FullName);
        errorWriter?.WriteLine(TempEvalErrors.Header);
        void Write(TimeMlDocument doc, ImmutableArray<TimeExpression> found)
        {
            if (predictions is not null)
            {
                var path = Path.Combine(predictions.FullName, doc.Name);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, TimeMlWriter.Write(doc, found));
            }
            if (errorWriter is not null) foreach (var line in TempEvalErrors.Describe(doc, found)) errorWriter.WriteLine(line);
        }
        var figures = new TempEvalScorer(Segmenter.Default, TimeRecognizer.Default)
            .Score(folder.Name, TimeMlDocument.ReadFolder(folder.FullName), predictions is null && errors is null ? null : Write);
        EvalCommand.Report(figures, json,
            [
                ("Extent (strict)", figures.Strict), ("Extent (relaxed)", figures.Relaxed),
                ("Type (over relaxed)", figures.Type), ("Value (over relaxed)", figures.Value),
            ],
            [
                $"TempEval-3 Task A on {figures.Corpus}: {figures.Documents} documents, {figures.Gold} gold / {figures.Predicted} predicted TIMEX3 (DCT not scored).",
                $"Type accuracy {figures.TypeAccuracy:F2}%, value accuracy {figures.ValueAccuracy:F2}% over relaxed matches.",
                $"Speed: {figures.Tokens:N0} tokens in {figures.RecognizerSeconds:F3} s of recognition = {figures.TokensPerSecond:N0} tokens/s (segmentation excluded).",
            ]);
        return CliHost.Ok;
    }
}
