using System.CommandLine;
using Triangulate.Evaluation.Sentences;
using Triangulate.Segmentation;

namespace Triangulate.Cli.Commands;

public static class EvalSentencesCommand
{
    public static Command Create()
    {
        var conll = new Option<FileInfo>("--conll")
        {
            Description = "A CoNLL-2003 file whose sentences are the gold boundaries (develop on eng.testa).",
            Required = true,
        };
        var json = EvalCommand.JsonOption();
        var predictions = EvalCommand.PredictionsOption();
        predictions.Description = "Write the detokenized text with one predicted sentence per line to this file.";
        var command = new Command("sentences", "Sentence-boundary P/R/F1 on detokenized CoNLL-2003 text.") { conll, json, predictions };
        command.SetAction(parsed =>
        {
            var file = parsed.GetValue(conll)!;
            if (!file.Exists)
            {
                Console.Error.WriteLine($"error: {file.FullName}: no such file");
                return CliHost.BadUsage;
            }
            var figures = SentenceBoundaryEval.Run(file.FullName, Segmenter.Default);
            if (parsed.GetValue(predictions) is { } output) WritePredictions(file.FullName, output.FullName);
            EvalCommand.Report(figures, parsed.GetValue(json), [("sentence boundaries", figures.Boundaries)],
                [$"{figures.Documents} documents, {figures.GoldSentences} gold sentences, {figures.TokensPerSecond:N0} tokens/s"]);
            return CliHost.Ok;
        });
        return command;
    }

    private static void WritePredictions(string conllPath, string outputPath)
    {
        using var writer = new StreamWriter(outputPath);
        foreach (var document in SentenceBoundaryEval.ConllDocuments(conllPath))
        {
            var (text, _) = SentenceBoundaryEval.Detokenize(document);
            foreach (var sentence in Segmenter.Default.Segment(text).Sentences) writer.WriteLine(sentence.Span.Of(text));
            writer.WriteLine();
        }
    }
}
