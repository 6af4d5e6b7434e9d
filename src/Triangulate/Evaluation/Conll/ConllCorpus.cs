using System.Collections.Immutable;

namespace Triangulate.Evaluation.Conll;

/// <summary>One sentence of a CoNLL-2003 file: its tokens, gold tags (IOB1 as written) and the raw lines.</summary>
public sealed record ConllSentence(ImmutableArray<string> Words, ImmutableArray<string> Tags, ImmutableArray<string> Lines);

/// <summary>A document: the sentences between two <c>-DOCSTART-</c> lines.</summary>
public sealed record ConllDocument(ImmutableArray<ConllSentence> Sentences)
{
    public int TokenCount => Sentences.Sum(s => s.Words.Length);
}

/// <summary>Reads CoNLL-2003 files (token POS chunk NER per line, blank lines between sentences).</summary>
public static class ConllCorpus
{
    public const string DocStart = "-DOCSTART-";

    public static ImmutableArray<ConllDocument> Read(string path) => Parse(File.ReadLines(path));

    public static ImmutableArray<ConllDocument> Parse(IEnumerable<string> lines)
    {
        var documents = ImmutableArray.CreateBuilder<ConllDocument>();
        var sentences = ImmutableArray.CreateBuilder<ConllSentence>();
        var words = ImmutableArray.CreateBuilder<string>();
        var tags = ImmutableArray.CreateBuilder<string>();
        var raw = ImmutableArray.CreateBuilder<string>();

        void EndSentence()
        {
            if (words.Count == 0) return;
            sentences.Add(new ConllSentence(words.ToImmutable(), tags.ToImmutable(), raw.ToImmutable()));
            words.Clear(); tags.Clear(); raw.Clear();
        }

        void EndDocument()
        {
            EndSentence();
            if (sentences.Count > 0) documents.Add(new ConllDocument(sentences.ToImmutable()));
            sentences.Clear();
        }

        foreach (var line in lines)
        {
            var trimmed = line.TrimEnd();
            if (trimmed.Length == 0) { EndSentence(); continue; }
            var fields = trimmed.Split(' ', '\t');
            if (fields[0] == DocStart) { EndDocument(); continue; }
            words.Add(fields[0]);
            tags.Add(fields.Length > 1 ? fields[^1] : "O");
            raw.Add(trimmed);
        }
        EndDocument();
        return documents.ToImmutable();
    }
}
