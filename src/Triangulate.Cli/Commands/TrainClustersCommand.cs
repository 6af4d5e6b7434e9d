using System.CommandLine;
using System.Diagnostics;
using Triangulate.Entities.Recognition;
using Triangulate.Evaluation.Conll;
using Triangulate.Segmentation;

namespace Triangulate.Cli.Commands;

/// <summary>
/// `triangulate train clusters --conll eng.train --text DIR... --out clusters.tsv` learns the tagger's word clusters
/// from unlabeled text: the words (not the labels) of a CoNLL file and every *.txt under the given folders, which
/// are segmented and tokenized as the tagger sees text. Deterministic for the same inputs and options.
/// </summary>
public static class TrainClustersCommand
{
    public static Command Create()
    {
        var conll = new Option<FileInfo[]>("--conll") { Description = "CoNLL files whose words (labels ignored) join the text.", AllowMultipleArgumentsPerToken = true };
        var text = new Option<DirectoryInfo[]>("--text") { Description = "Folders of plain-text files (*.txt, searched recursively).", AllowMultipleArgumentsPerToken = true };
        var output = new Option<FileInfo>("--out")
        {
            Description = "Where to write word<TAB>path rows.",
            DefaultValueFactory = _ => new FileInfo(Path.Combine("src", "Triangulate", "Entities", "Resources", "clusters.tsv")),
        };
        var defaults = new NerClusterOptions();
        var minCount = new Option<int>("--min-count") { Description = "Cluster only words seen at least this often.", DefaultValueFactory = _ => defaults.MinCount };
        var contexts = new Option<int>("--contexts") { Description = "Most frequent words used as contexts.", DefaultValueFactory = _ => defaults.Contexts };
        var depth = new Option<int>("--depth") { Description = "Longest cluster path in bits.", DefaultValueFactory = _ => defaults.Depth };
        var command = new Command("clusters", "Learn word clusters (bit-string paths) for the entity tagger from unlabeled text.")
        {
            conll, text, output, minCount, contexts, depth,
        };
        command.SetAction(parsed => Run(parsed.GetValue(conll) ?? [], parsed.GetValue(text) ?? [], parsed.GetValue(output)!,
            defaults with { MinCount = parsed.GetValue(minCount), Contexts = parsed.GetValue(contexts), Depth = parsed.GetValue(depth) }));
        return command;
    }

    private static int Run(FileInfo[] conll, DirectoryInfo[] text, FileInfo output, NerClusterOptions options)
    {
        var missing = conll.Where(f => !f.Exists).Select(f => f.FullName).Concat(text.Where(d => !d.Exists).Select(d => d.FullName)).FirstOrDefault();
        if (missing is not null || conll.Length + text.Length == 0)
        {
            Console.Error.WriteLine(missing is null ? "error: give --conll or --text" : $"error: nothing at {missing}");
            return CliHost.BadUsage;
        }
        var clock = Stopwatch.StartNew();
        var sentences = new List<IReadOnlyList<string>>();
        foreach (var file in conll)
            foreach (var doc in ConllCorpus.Read(file.FullName))
                sentences.AddRange(doc.Sentences.Select(s => (IReadOnlyList<string>)s.Words));
        var files = text.SelectMany(d => d.EnumerateFiles("*.txt", SearchOption.AllDirectories)).OrderBy(f => f.FullName, StringComparer.Ordinal).ToArray();
        foreach (var file in files)
        {
            var content = File.ReadAllText(file.FullName);
            var segmentation = Segmenter.Default.Segment(content);
            foreach (var sentence in segmentation.Sentences)
                sentences.Add(segmentation.TokensOf(sentence).ToArray().Select(t => NerTagger.AsTrained(t.Text)).ToArray());
        }
        Console.WriteLine($"{sentences.Count:N0} sentences, {sentences.Sum(s => s.Count):N0} tokens from {conll.Length} CoNLL files and {files.Length} text files; {options}.");
        var clusters = NerClusterBuilder.Build(sentences, options);
        output.Directory?.Create();
        using (var writer = new StreamWriter(output.FullName))
        {
            writer.WriteLine($"# Word clusters for the entity tagger: word<TAB>path. Made by `triangulate train clusters` ({options}); see docs/ner.md.");
            foreach (var (word, path) in clusters) writer.WriteLine($"{word}\t{path}");
        }
        Console.WriteLine($"Wrote {clusters.Count:N0} words to {output.FullName} in {clock.Elapsed.TotalSeconds:F1} s.");
        return CliHost.Ok;
    }
}
