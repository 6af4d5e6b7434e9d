using System.CommandLine;
using Triangulate.Attribution;
using Triangulate.Evaluation.PolNear;
using Triangulate.Segmentation;

namespace Triangulate.Cli.Commands;

/// <summary>`triangulate eval attribution --polnear FOLDER [--split dev]`: source, cue and content span P/R/F1 on PolNeAR.</summary>
public static class AttributionEvalCommand
{
    public static Command Create()
    {
        var polnear = new Option<DirectoryInfo>("--polnear")
        {
            Description = "The PolNeAR folder (with train/, dev/, test/).",
            DefaultValueFactory = _ => new DirectoryInfo(Path.Combine("..", "shared", "eval", "polnear")),
        };
        var split = new Option<string>("--split")
        {
            Description = "Which split to score: train or dev while developing; test only for the final report.",
            DefaultValueFactory = _ => "dev",
        };
        split.AcceptOnlyFromAmong("train", "dev", "test");
        var json = EvalCommand.JsonOption();
        var predictions = new Option<DirectoryInfo?>("--predictions")
        {
            Description = "Write our attributions as brat .ann files (PolNeAR's format) into this folder.",
        };
        var errors = new Option<FileInfo?>("--errors")
        {
            Description = "Write the disagreements with gold (misses, boundary errors, false positives) with context to this TSV file.",
        };
        var command = new Command("attribution", "Score quote and speech attribution on PolNeAR (source, cue, content spans).")
        {
            polnear, split, json, predictions, errors,
        };
        command.SetAction(parsed => Run(parsed.GetValue(polnear)!, parsed.GetValue(split)!, parsed.GetValue(json), parsed.GetValue(predictions), parsed.GetValue(errors)));
        return command;
    }

    private static int Run(DirectoryInfo polnear, string split, bool json, DirectoryInfo? predictions, FileInfo? errors)
    {
        var folder = Path.Combine(polnear.FullName, split);
        if (!Directory.Exists(Path.Combine(folder, "text")))
        {
            Console.Error.WriteLine($"error: no PolNeAR split at {folder} (expected text/ and attributions/)");
            return CliHost.BadUsage;
        }
        predictions?.Create();
        using var errorWriter = errors is null ? null : new StreamWriter(errors.FullName);
        errorWriter?.WriteLine("kind\tarticle\tgold source | cue | content\tours\tcontext");
        void Write(PolNearArticle article, Attributions found)
        {
            if (predictions is not null) File.WriteAllText(Path.Combine(predictions.FullName, article.Name + ".ann"), BratWriter.Write(article.Text, found));
            if (errorWriter is not null) foreach (var line in PolNearErrors.Describe(article, found)) errorWriter.WriteLine(line);
        }
        var figures = new PolNearScorer(Segmenter.Default, Attributor.Default).Score(split, PolNearCorpus.Read(folder), Write);
        EvalCommand.Report(figures, json,
            [
                ("Source (exact)", figures.Source.Exact), ("Source (overlap)", figures.Source.Overlap),
                ("Cue (exact)", figures.Cue.Exact), ("Cue (overlap)", figures.Cue.Overlap),
                ("Content (exact)", figures.Content.Exact), ("Content (overlap)", figures.Content.Overlap),
            ],
            [
                $"PolNeAR {split}: {figures.Articles} articles, {figures.GoldAttributions} gold / {figures.PredictedAttributions} predicted attributions ({figures.AnnotationChoice}).",
                $"Source accuracy (gold attributions whose content we found): {figures.SourceAccuracy:F2}%",
                $"Speed: {figures.Tokens:N0} tokens in {figures.AttributionSeconds:F2} s of attribution = {figures.TokensPerSecond:N0} tokens/s (segmentation excluded).",
            ]);
        return CliHost.Ok;
    }
}
