using System.Collections.Immutable;
using System.CommandLine;
using Triangulate.Evaluation.NewsQuant;
using Triangulate.Quantities;
using Triangulate.Segmentation;
using Triangulate.Time;

namespace Triangulate.Cli.Commands;

/// <summary>
/// `triangulate eval quantities --newsquant FILE`: value, value+change and value+unit on NewsQuant (test set only);
/// `--cases FILE` scores our own development cases (same conventions, a plain-text block format) instead.
/// </summary>
public static class QuantitiesEvalCommand
{
    public static Command Create()
    {
        var newsquant = new Option<FileInfo>("--newsquant")
        {
            Description = "NewsQuant.json (a test set: report on it, never tune on it).",
            DefaultValueFactory = _ => new FileInfo(Path.Combine("..", "shared", "eval", "newsquant", "NewsQuant.json")),
        };
        var cases = new Option<FileInfo?>("--cases")
        {
            Description = "Score these development cases (NewsQuant conventions, block format) instead of NewsQuant.",
        };
        var json = EvalCommand.JsonOption();
        var predictions = EvalCommand.PredictionsOption();
        var command = new Command("quantities", "Score quantity extraction on NewsQuant (value, value+change, value+unit).")
        {
            newsquant, cases, json, predictions,
        };
        command.SetAction(parsed => parsed.GetValue(cases) is { } dev
            ? Run(dev, NewsQuantScorer.ReadCases, "Development cases", parsed.GetValue(json), parsed.GetValue(predictions))
            : Run(parsed.GetValue(newsquant)!, NewsQuantScorer.Read, "NewsQuant", parsed.GetValue(json), parsed.GetValue(predictions)));
        return command;
    }

    private static int Run(FileInfo file, Func<string, ImmutableArray<NewsQuantSentence>> read, string name, bool json, FileInfo? predictions)
    {
        if (!file.Exists)
        {
            Console.Error.WriteLine($"error: no {name} file at {file.FullName}");
            return CliHost.BadUsage;
        }
        var sentences = read(file.FullName);
        var ours = predictions is null ? null : new List<NewsQuantSentence>();
        var figures = new NewsQuantScorer(Segmenter.Default, TimeRecognizer.Default, QuantityRecognizer.Default).Score(sentences, ours);
        if (predictions is not null)
        {
            using var stream = File.Create(predictions.FullName);
            NewsQuantScorer.WritePredictions(ours!, stream);
        }
        EvalCommand.Report(figures, json,
            [("Value", figures.Value), ("Value + change", figures.ValueChange), ("Value + unit (indicative)", figures.ValueUnit)],
            [
                $"{name}: {figures.Sentences} sentences, {figures.Gold} gold / {figures.Predicted} predicted quantities.",
                $"Speed: {figures.Tokens:N0} tokens; quantities {figures.TokensPerSecond:N0} tokens/s, quantities + time {figures.TokensPerSecondWithTime:N0} tokens/s (segmentation excluded).",
            ]);
        return CliHost.Ok;
    }
}
