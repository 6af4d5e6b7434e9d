using System.CommandLine;
using System.Diagnostics;
using Triangulate.Attribution;
using Triangulate.Attribution.Tagging;
using Triangulate.Evaluation.PolNear;
using Triangulate.Segmentation;

namespace Triangulate.Cli.Commands;

/// <summary>
/// `triangulate train attribution --polnear FOLDER --out attribution.model.gz` trains the attribution role tagger on
/// PolNeAR's train split reproducibly (fixed seed and epochs) and prints dev figures after each epoch.
/// </summary>
public static class TrainAttributionCommand
{
    public static Command Create()
    {
        var polnear = new Option<DirectoryInfo>("--polnear")
        {
            Description = "The PolNeAR folder (with train/ and dev/); only train/ is learnt from.",
            DefaultValueFactory = _ => new DirectoryInfo(Path.Combine("..", "shared", "eval", "polnear")),
        };
        var output = new Option<FileInfo>("--out")
        {
            Description = "Where to write the model (gzipped).",
            DefaultValueFactory = _ => new FileInfo(Path.Combine("src", "Triangulate", "Attribution", "Resources", "attribution.model.gz")),
        };
        var noDev = new Option<bool>("--no-dev") { Description = "Do not score dev after each epoch (faster)." };
        var defaults = new RoleTaggerOptions();
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training data.", DefaultValueFactory = _ => defaults.Epochs };
        var seed = new Option<int>("--seed") { Description = "Seed of the paragraph shuffle.", DefaultValueFactory = _ => defaults.Seed };
        var minCount = new Option<int>("--min-count")
        {
            Description = "Keep feature keys seen at least this often in training.", DefaultValueFactory = _ => defaults.MinFeatureCount,
        };
        var command = new Command("attribution",
            "Train the attribution role tagger (averaged perceptron over source/cue/content BIO tags, stacked on the rules) on PolNeAR train.")
        {
            polnear, output, noDev, epochs, seed, minCount,
        };
        command.SetAction(parsed => Run(parsed.GetValue(polnear)!, parsed.GetValue(output)!, !parsed.GetValue(noDev),
            new RoleTaggerOptions(parsed.GetValue(epochs), parsed.GetValue(seed), parsed.GetValue(minCount))));
        return command;
    }

    private static int Run(DirectoryInfo polnear, FileInfo output, bool scoreDev, RoleTaggerOptions options)
    {
        var train = Path.Combine(polnear.FullName, "train");
        var dev = Path.Combine(polnear.FullName, "dev");
        if (!Directory.Exists(train) || scoreDev && !Directory.Exists(dev))
        {
            Console.Error.WriteLine($"error: no PolNeAR train/ and dev/ under {polnear.FullName}");
            return CliHost.BadUsage;
        }
        var devArticles = scoreDev ? PolNearCorpus.Read(dev).ToList() : [];
        var clock = Stopwatch.StartNew();
        if (scoreDev) Console.WriteLine("rules alone:  " + Line(new Attributor(AttributionLexicon.Default), devArticles));
        Console.WriteLine($"Training on PolNeAR train; {options}.");
        var model = PolNearTraining.Train(PolNearCorpus.Read(train), options, scoreDev
            ? (epoch, attributor) => Console.WriteLine($"epoch {epoch,2} ({clock.Elapsed.TotalSeconds,5:F0} s): {Line(attributor, devArticles)}")
            : null);
        output.Directory?.Create();
        using (var stream = File.Create(output.FullName)) model.Write(stream);
        Console.WriteLine($"Wrote {output.FullName} ({new FileInfo(output.FullName).Length / 1024.0:N0} KiB, {model.KeyCount:N0} features).");
        return CliHost.Ok;
    }

    private static string Line(Attributor attributor, IReadOnlyList<PolNearArticle> dev)
    {
        var f = new PolNearScorer(Segmenter.Default, attributor).Score("dev", dev);
        return $"dev source {f.Source.Exact.F1:F2}/{f.Source.Overlap.F1:F2}, cue {f.Cue.Exact.F1:F2}/{f.Cue.Overlap.F1:F2}, "
            + $"content {f.Content.Exact.F1:F2}/{f.Content.Overlap.F1:F2}, source accuracy {f.SourceAccuracy:F1}%";
    }
}
