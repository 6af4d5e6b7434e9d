using System.Collections.Immutable;
using System.Diagnostics;
using Triangulate.Entities.Recognition;

namespace Triangulate.Evaluation.Conll;

/// <summary>Runs the tagger over CoNLL documents and scores it; also turns CoNLL files into training documents.</summary>
public static class ConllNerEvaluation
{
    /// <summary>Scores <paramref name="tagger"/> document by document (each document is the tagger's context).</summary>
    /// <param name="predictions">When given, receives the input lines with our IOB1 tag appended, in conlleval's format.</param>
    public static ConllFigures Score(string corpus, NerTagger tagger, IReadOnlyList<ConllDocument> documents, TextWriter? predictions = null)
    {
        var scorer = new ConllScorer();
        var clock = new Stopwatch();
        var tokens = 0;
        var sentences = 0;
        foreach (var doc in documents)
        {
            var words = doc.Sentences.Select(s => (IReadOnlyList<string>)s.Words).ToArray();
            clock.Start();
            var chunks = tagger.Chunk(words);
            clock.Stop();
            predictions?.WriteLine($"{ConllCorpus.DocStart} -X- -X- O O");
            predictions?.WriteLine();
            for (var s = 0; s < words.Length; s++)
            {
                var sentence = doc.Sentences[s];
                var tags = Iob1(sentence.Words.Length, chunks[s].Select(c => (c.Start, c.End, NerTagger.ConllType(c.Type))));
                scorer.Add(sentence.Tags, tags);
                tokens += sentence.Words.Length;
                sentences++;
                if (predictions is null) continue;
                for (var i = 0; i < tags.Length; i++) predictions.WriteLine($"{sentence.Lines[i]} {tags[i]}");
                predictions.WriteLine();
            }
        }
        return new ConllFigures(corpus, documents.Count, sentences, tokens, scorer.Overall(), scorer.ByType(),
            scorer.TokenAccuracy, clock.Elapsed.TotalSeconds);
    }

    /// <summary>IOB1 tags as CoNLL-2003 writes them: I- throughout, B- only where a name follows one of its type.</summary>
    public static string[] Iob1(int length, IEnumerable<(int Start, int End, string Type)> chunks)
    {
        var tags = Enumerable.Repeat("O", length).ToArray();
        foreach (var (start, end, type) in chunks)
        {
            for (var i = start; i < end; i++) tags[i] = "I-" + type;
            if (start > 0 && tags[start - 1] == "I-" + type) tags[start] = "B-" + type;
        }
        return tags;
    }

    /// <summary>Training documents from CoNLL documents: gold chunks re-encoded as BILOU tag ids.</summary>
    public static ImmutableArray<NerTrainingDocument> TrainingDocuments(IEnumerable<ConllDocument> documents) =>
        documents.Select(d => new NerTrainingDocument(
            d.Sentences.Select(s => (IReadOnlyList<string>)s.Words).ToArray(),
            d.Sentences.Select(s => NerTags.FromChunks(s.Words.Length,
                ConllChunks.Of(s.Tags).Select(c => (c.Start, c.End, Array.IndexOf(NerTags.Types, c.Type))))).ToArray()))
        .ToImmutableArray();
}
