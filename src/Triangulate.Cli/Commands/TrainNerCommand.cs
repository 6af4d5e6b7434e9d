using System.CommandLine;
using System.Diagnostics;
using Triangulate.Entities.Recognition;
using Triangulate.Evaluation.Conll;

namespace Triangulate.Cli.Commands;

/// <summary>
/// The `train` group; `triangulate train ner --conll eng.train [--dev eng.testa] --out ner.model.gz` trains the
/// entity tagger reproducibly (fixed seed and epochs) and prints dev F1 after each epoch of the second pass.
/// </summary>
public static class TrainNerCommand
{
    public static Command CreateGroup()
    {
        var command = new Command("train", "Train a statistical model from annotated data.");
        command.Subcommands.Add(Create());
        command.Subcommands.Add(TrainClustersCommand.Create());
        command.Subcommands.Add(TrainAttributionCommand.Create());
        return command;
    }

    public static Command Create()
    {
        var conll = new Option<FileInfo>("--conll") { Description = "CoNLL-2003 training file (eng.train).", Required = true };
        var dev = new Option<FileInfo?>("--dev") { Description = "CoNLL-2003 development file (eng.testa) scored after each epoch." };
        var output = new Option<FileInfo>("--out")
        {
            Description = "Where to write the model (gzipped).",
            DefaultValueFactory = _ => new FileInfo(Path.Combine("src", "Triangulate", "Entities", "Resources", "ner.model.gz")),
        };
        var defaults = new NerTrainingOptions();
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training data.", DefaultValueFactory = _ => defaults.Epochs };
        var seed = new Option<int>("--seed") { Description = "Seed of the sentence shuffle.", DefaultValueFactory = _ => defaults.Seed };
        var minCount = new Option<int>("--min-count")
        {
            Description = "Keep feature keys seen at least this often in training.", DefaultValueFactory = _ => defaults.MinFeatureCount,
        };
        var command = new Command("ner", "Train the named-entity tagger (averaged perceptron, BILOU, Viterbi) on CoNLL-2003.")
        {
            conll, dev, output, epochs, seed, minCount,
        };
        command.SetAction(parsed => Run(parsed.GetValue(conll)!, parsed.GetValue(dev), parsed.GetValue(output)!,
            new NerTrainingOptions(parsed.GetValue(epochs), parsed.GetValue(seed), parsed.GetValue(minCount))));
        return command;
    }

    private static int Run(FileInfo conll, FileInfo? dev, FileInfo output, NerTrainingOptions options)
    {
        if (!conll.Exists || dev is { Exists: false })
        {
            Console.Error.WriteLine($"error: no CoNLL file at {(conll.Exists ? dev!.FullName : conll.FullName)}");
            return CliHost.BadUsage;
        }
        var train = ConllNerEvaluation.TrainingDocuments(ConllCorpus.Read(conll.FullName));
        var devDocs = dev is null ? [] : ConllCorpus.Read(dev.FullName);
        Console.WriteLine($"Training on {train.Length} documents, {train.Sum(d => d.Tags.Count)} sentences; {options}.");
        var clock = Stopwatch.StartNew();
        var tagger = NerTrainer.Train(train, options, (epoch, current) =>
        {
            var line = $"epoch {epoch,2}: {clock.Elapsed.TotalSeconds,6:F1} s, {current.FeatureCount:N0} features";
            if (dev is not null)
            {
                var f = ConllNerEvaluation.Score(dev.Name, current, devDocs);
                line += $", dev F1 {f.Overall.F1:F2} (P {f.Overall.Precision:F2}, R {f.Overall.Recall:F2}; "
                    + string.Join(", ", f.ByType.Select(kv => $"{kv.Key} {kv.Value.F1:F2}")) + ")";
            }
            Console.WriteLine(line);
        }, message => Console.WriteLine($"{clock.Elapsed.TotalSeconds,6:F1} s: {message}"));
        output.Directory?.Create();
        using (var stream = File.Create(output.FullName)) tagger.Save(stream);
        Console.WriteLine($"Wrote {output.FullName} ({new FileInfo(output.FullName).Length / 1024.0:N0} KiB, {tagger.FeatureCount:N0} features).");
        return CliHost.Ok;
    }
}
