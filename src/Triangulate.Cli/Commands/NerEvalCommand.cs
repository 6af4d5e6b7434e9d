using System.CommandLine;
using Triangulate.Entities.Recognition;
using Triangulate.Evaluation.Conll;

namespace Triangulate.Cli.Commands;

/// <summary>`triangulate eval ner --conll FILE`: CoNLL-2003 exact-span P/R/F1 per type and overall, and tagging speed.</summary>
public static class NerEvalCommand
{
    public static Command Create()
    {
        var conll = new Option<FileInfo>("--conll")
        {
            Description = "A CoNLL-2003 file (develop on eng.testa; eng.testb is the test set).",
            DefaultValueFactory = _ => new FileInfo(Path.Combine("..", "shared", "eval", "conll2003", "eng.testa")),
        };
        var model = new Option<FileInfo?>("--model") { Description = "A model file from `train ner` instead of the shipped one." };
        var json = EvalCommand.JsonOption();
        var predictions = EvalCommand.PredictionsOption();
        var command = new Command("ner", "Score named-entity recognition on CoNLL-2003 (conlleval's exact-span rule).")
        {
            conll, model, json, predictions,
        };
        command.SetAction(parsed => Run(parsed.GetValue(conll)!, parsed.GetValue(model), parsed.GetValue(json), parsed.GetValue(predictions)));
        return command;
    }

    private static int Run(FileInfo conll, FileInfo? model, bool json, FileInfo? predictions)
    {
        if (!conll.Exists || model is { Exists: false })
        {
            Console.Error.WriteLine($"error: no file at {(conll.Exists ? model!.FullName : conll.FullName)}");
            return CliHost.BadUsage;
        }
        NerTagger tagger;
        if (model is null) tagger = NerTagger.Default;
        else using (var stream = model.OpenRead()) tagger = NerTagger.Load(stream);
        var documents = ConllCorpus.Read(conll.FullName);
        // warm-up passes outside the clock, so the timed pass runs optimized (tier-1) code, as a long-running process would
        for (var i = 0; i < 3; i++) ConllNerEvaluation.Score(conll.Name, tagger, documents);
        using var writer = predictions is null ? null : new StreamWriter(predictions.FullName);
        var figures = ConllNerEvaluation.Score(conll.Name, tagger, documents, writer);
        EvalCommand.Report(figures, json,
            figures.ByType.Select(kv => (kv.Key, kv.Value)).Append(("Overall", figures.Overall)),
            [
                $"CoNLL-2003 {figures.Corpus}: {figures.Documents} documents, {figures.Sentences} sentences, {figures.Tokens:N0} tokens; token accuracy {figures.TokenAccuracy:F2}%.",
                $"Speed: {figures.Tokens:N0} tokens in {figures.TaggerSeconds:F3} s of tagging = {figures.TokensPerSecond:N0} tokens/s (one thread).",
            ]);
        return CliHost.Ok;
    }
}
